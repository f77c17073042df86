import { NEWS_SITE_MATCHES } from '../lib/sites';
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main() {},
});
