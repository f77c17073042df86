// Telling the extension's requests from a page's and from Firefox's own, as the Firefox
// end-to-end suite does with what its proxy saw and what WebDriver BiDi reported.
import { describe, expect, it } from 'vitest';
import { attributeRequests, type BidiRequest } from '../../scripts/firefox';
import type { SeenRequest } from '../../scripts/server';

const http = (url: string): SeenRequest => ({ kind: 'http', url, host: new URL(url).hostname });
const tunnel = (host: string): SeenRequest => ({ kind: 'connect', url: `https://${host}:443/`, host });
const nav = (url: string): BidiRequest => ({ context: 'tab-1', url, navigation: 'nav-1', documentUrl: 'about:blank' });
const sub = (url: string, documentUrl: string | undefined, context: string | null = 'tab-1'): BidiRequest => ({ context, url, navigation: null, documentUrl });

describe('attributeRequests', () => {
  it('credits a page with its document, its images and its favicon', () => {
    const seen = [http('http://news.example/a/1'), http('http://news.example/img/p.jpg'), http('http://news.example/favicon.ico')];
    const bidi = [nav('http://news.example/a/1'), sub('http://news.example/img/p.jpg', 'http://news.example/a/1'), sub('http://news.example/favicon.ico', 'http://news.example/a/1')];
    expect(attributeRequests(seen, bidi)).toEqual(['page', 'page', 'page']);
  });

  it('keeps Firefox’s own service traffic apart: no page asked for it, and it goes to one of its services', () => {
    const own = [tunnel('firefox.settings.services.mozilla.com'), http('http://detectportal.firefox.com/canonical.html'), http('http://dummy.test/dummy/blocklist/')];
    expect(attributeRequests(own, [])).toEqual(['browser', 'browser', 'browser']);
  });

  it('blames the extension for a request no page made, to any other host', () => {
    expect(attributeRequests([http('http://tracker.example/hit'), tunnel('api.example')], [])).toEqual(['extension', 'extension']);
  });

  it('blames the extension for a request from one of its pages, or from a context that is no web tab', () => {
    const seen = [http('http://api.example/x'), http('http://api.example/y')];
    const bidi = [sub('http://api.example/x', 'moz-extension://abc/sidepanel.html'), sub('http://api.example/y', undefined, 'background')];
    expect(attributeRequests(seen, bidi)).toEqual(['extension', 'extension']);
  });

  it('catches a second load of a page’s address that no page made', () => {
    const url = 'http://news.example/a/1';
    expect(attributeRequests([http(url), http(url)], [nav(url)])).toEqual(['page', 'extension']);
  });
});
