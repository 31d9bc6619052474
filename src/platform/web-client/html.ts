/** Text for HTML the service renders itself (reports, reply pages, the public page): the five characters that matter. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A page the service renders outside the web client (a reply link's page, an unsubscribe page): Danish, one heading, the client's stylesheet. */
export function standalonePage(title: string, body: string, stylesheet?: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${stylesheet ? `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">` : ''}
</head>
<body>
<main id="main-content" class="container page-container">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}
