// A sentence with the figure's words emphasised. Page text is only ever rendered as text.
// The quote keeps the article's language and direction whatever the panel's language, so it
// reads (and is spoken by screen readers) as Arabic inside an English panel.
export function Quote({ sentence, figure, lang = 'ar' }: { sentence: string; figure: string; lang?: string }) {
  const at = sentence.indexOf(figure);
  const dir = lang.startsWith('ar') ? 'rtl' : 'auto';
  if (at < 0)
    return (
      <blockquote class="tb-quote" lang={lang} dir={dir}>
        {sentence}
      </blockquote>
    );
  return (
    <blockquote class="tb-quote" lang={lang} dir={dir}>
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </blockquote>
  );
}
