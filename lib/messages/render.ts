/**
 * Turns a message into an email: a plain-text part and an accessible HTML part saying the same
 * thing in the same order. Pure (no database), so it is unit-tested on its own.
 *
 * The HTML is deliberately simple: one column, real headings and paragraphs, a link whose text
 * says where it goes, system fonts at 19px (GOV.UK's body size), no images, so it reads well in a
 * screen reader, zoomed, on a cheap phone and in a text-only mail app.
 */

export type EmailContent = {
  recipientName: string;
  /** Who it comes from, e.g. "Northbridge University" — every message names its institution. */
  institutionName: string;
  subject: string;
  /** Paragraphs, plain text; blank lines separate paragraphs. */
  body: string;
  /** The page it is about, as an absolute address. */
  action?: { label: string; url: string } | null;
  /** Where to change how they hear from Involve; null for account-security messages (cannot be switched off). */
  preferencesUrl: string | null;
};

export type RenderedEmail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** Subjects are one line: control characters (a header injection) become spaces. */
export const oneLine = (value: string, max = 200) =>
  value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);

const firstName = (name: string) => name.trim().split(/\s+/)[0] || "there";

const paragraphsOf = (body: string) =>
  body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function renderEmail(content: EmailContent): RenderedEmail {
  const subject = oneLine(content.subject);
  const paragraphs = paragraphsOf(content.body);
  const greeting = `Hello ${firstName(content.recipientName)},`;
  const signOff = `${content.institutionName}, through Involve`;
  const why = content.preferencesUrl
    ? "You can choose to hear from us by email, only inside Involve, or by phone"
    : "We always email you about signing in to your account, so you know if someone else tries to";

  const text = [
    greeting,
    ...paragraphs,
    content.action ? `${content.action.label}:\n${content.action.url}` : null,
    signOff,
    "---",
    content.preferencesUrl ? `${why}:\n${content.preferencesUrl}` : `${why}.`,
  ]
    .filter((p): p is string => Boolean(p))
    .join("\n\n");

  const p = (inner: string) => `<p style="margin:0 0 20px">${inner}</p>`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:640px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.5">
<p style="margin:0 0 20px;font-weight:bold">${escapeHtml(content.institutionName)}</p>
<h1 style="margin:0 0 20px;font-size:28px;line-height:1.2">${escapeHtml(subject)}</h1>
${p(escapeHtml(greeting))}
${paragraphs.map((para) => p(escapeHtml(para).replace(/\n/g, "<br>"))).join("\n")}
${
  content.action
    ? p(
        `<a href="${escapeHtml(content.action.url)}" style="color:#1d70b8;font-weight:bold;text-decoration:underline">${escapeHtml(content.action.label)}</a>`,
      )
    : ""
}
${p(escapeHtml(signOff))}
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0">
<p style="margin:0;font-size:16px">${
    content.preferencesUrl
      ? `${escapeHtml(why)}: <a href="${escapeHtml(content.preferencesUrl)}" style="color:#1d70b8">change how we contact you</a>.`
      : `${escapeHtml(why)}.`
  }</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
