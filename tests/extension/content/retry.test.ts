import { describe, expect, it } from 'vitest';
import { sendWithRetry } from '../../../lib/extension/content/retry';

const noSleep = { sleep: async () => undefined };

describe('sendWithRetry', () => {
  it('returns the first answer without retrying', async () => {
    let calls = 0;
    expect(await sendWithRetry(async () => ++calls, noSleep)).toBe(1);
    expect(calls).toBe(1);
  });

  it('sends again when the worker stopped mid-message (rejection or no answer)', async () => {
    const answers: (() => Promise<string | undefined>)[] = [
      () => Promise.reject(new Error('The message port closed before a response was received.')),
      () => Promise.resolve(undefined),
      () => Promise.resolve('saved'),
    ];
    let i = 0;
    expect(await sendWithRetry(() => answers[i++](), noSleep)).toBe('saved');
    expect(i).toBe(3);
  });

  it('gives up after the last attempt with the last error, waiting longer each time', async () => {
    const waits: number[] = [];
    await expect(
      sendWithRetry(() => Promise.reject(new Error('Receiving end does not exist.')), { attempts: 3, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toThrow('Receiving end does not exist.');
    expect(waits).toEqual([150, 300]);
  });

  it('by default keeps trying for about five seconds before giving up', async () => {
    const waits: number[] = [];
    await expect(sendWithRetry(() => Promise.resolve(undefined), { sleep: async (ms) => void waits.push(ms) })).rejects.toThrow('no answer');
    // Doubling waits from 150 ms: about 4.6 s in all before the last try.
    expect(waits).toEqual([150, 300, 600, 1200, 2400]);
  });
});
