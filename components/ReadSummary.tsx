import type { ComponentChildren } from 'preact';
import { formatDate } from '../lib/view/format/date';
import { webLink } from '../lib/view/format/link';
import type { Lang, Translate } from '../lib/view/i18n/messages';

/** One read as a line of a list: its headline (opens the article), outlet, date and a detail. */
export function ReadSummary({ url, title, site, published, lang, t, detail }: { url: string; title: string; site: string; published: string | null; lang: Lang; t: Translate; detail: ComponentChildren }) {
  const href = webLink(url);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener" dir="auto" lang="ar">
          {title}
        </a>
      ) : (
        <span dir="auto" lang="ar">
          {title}
        </span>
      )}
      <div class="tb-related-meta">
        <bdi class="tb-outlet">{site}</bdi> · <bdi>{formatDate(published, lang) ?? t('unknownDate')}</bdi> · <span>{detail}</span>
      </div>
    </>
  );
}
