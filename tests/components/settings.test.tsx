// @vitest-environment jsdom
// The page-marks setting: shown with what it means, and sent when changed.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsView, type SettingsViewProps } from '../../components/SettingsView';
import { translator } from '../../lib/view/i18n/messages';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(pageMarks: boolean, lang: 'ar' | 'en') {
  const onPageMarks = vi.fn();
  const noop = () => undefined;
  const props: SettingsViewProps = {
    settings: { retentionMonths: null, pausedHosts: [], uiLanguage: null, pageMarks },
    summary: null,
    usage: null,
    host: null,
    lang,
    t: translator(lang),
    notice: null,
    onLanguage: noop,
    onPause: noop,
    onPageMarks,
    onRetention: noop,
    onExport: noop,
    onImport: noop,
    onDeleteAll: noop,
  };
  host = document.createElement('div');
  document.body.appendChild(host);
  render(<SettingsView {...props} />, host);
  return onPageMarks;
}

describe('SettingsView: page marks', () => {
  it('shows the stored choice, says what a site can see, and sends the new one', () => {
    const onPageMarks = show(true, 'en');
    const box = host.querySelector<HTMLInputElement>('[data-testid="page-marks"]')!;
    expect(box.checked).toBe(true);
    expect(host.textContent).toContain(translator('en')('pageMarksHint'));
    box.click();
    expect(onPageMarks).toHaveBeenCalledWith(false);
  });

  it('in Arabic, off', () => {
    const onPageMarks = show(false, 'ar');
    const box = host.querySelector<HTMLInputElement>('[data-testid="page-marks"]')!;
    expect(box.checked).toBe(false);
    expect(host.textContent).toContain('ظلّل الأرقام المختلفة');
    box.click();
    expect(onPageMarks).toHaveBeenCalledWith(true);
  });
});
