// The panel's one way to talk to the background (and to the content script of its tab).
import { failureFrom, sendMessage, type MessageData, type MessageType, type ReplyTo } from '../../extension/messaging/protocol';

/** Sends one message and gives its answer; a message that got no answer (no background, a closed port) is a failure like any other. */
export type Ask = <K extends MessageType>(type: K, data: MessageData<K>, tabId?: number) => Promise<ReplyTo<K>>;

export const ask: Ask = (type, data, tabId) =>
  (sendMessage(type, data as never, tabId as never) as Promise<ReplyTo<typeof type> | undefined>).then(
    (reply) => reply ?? failureFrom(new Error('no answer')),
    (e: unknown) => failureFrom(e),
  ) as never;
