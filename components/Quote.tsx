// A sentence with the figure's words emphasised. Page text is only ever rendered as text.
export function Quote({ sentence, figure }: { sentence: string; figure: string }) {
  const at = sentence.indexOf(figure);
  if (at < 0) return <blockquote class="tb-quote">{sentence}</blockquote>;
  return (
    <blockquote class="tb-quote">
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </blockquote>
  );
}
