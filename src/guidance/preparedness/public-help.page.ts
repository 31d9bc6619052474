import { escapeHtml as escape } from '../../platform/web-client/html';
import { PublicHelp } from './public-help.service';


/** Signs that can point to negative social control: general guidance, the same for every municipality. */
const SIGNS = [
  'Personen må ikke selv bestemme, hvem de er venner eller kærester med, eller hvem de skal giftes med.',
  'Telefon, sociale medier eller færden bliver overvåget af familien eller andre i miljøet.',
  'Personen må ikke deltage i fritidsaktiviteter, lejrskole, ekskursioner eller sociale arrangementer.',
  'Personen er bange for, hvad der sker, hvis familien finder ud af noget, eller taler om trusler eller vold.',
  'Personen må ikke selv råde over sine penge eller selv vælge uddannelse og arbejde.',
  'Personen frygter at blive sendt til udlandet på "genopdragelsesrejse" eller mod sin vilje.',
];

/** National numbers anyone can call, whatever the municipality. */
const NATIONAL = [
  { name: 'Ved akut fare: alarmcentralen', howToReach: 'Ring 112' },
  { name: 'Politiet (ikke akut)', howToReach: 'Ring 114' },
  { name: 'BørneTelefonen, for børn og unge', howToReach: 'Ring 116 111' },
];

/**
 * The public "where to turn" page: server-rendered HTML in Danish with no
 * script at all, so it works with JavaScript off, on slow phones and in
 * screen readers; styled by the same DKFDS stylesheet the web client uses
 * when the build has one.
 */
export function renderPublicHelp(help: PublicHelp, stylesheet?: string): string {
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
  const contacts = (entries: { name: string; howToReach: string }[]) =>
    `<ul class="contact-list">${entries.map((c) => `<li><strong>${escape(c.name)}</strong>: ${escape(c.howToReach)}</li>`).join('')}</ul>`;
  const cards = help.plan?.cards.length
    ? help.plan.cards
        .map(
          (card, i) => `<section class="action-card" aria-labelledby="card-${i}">
  <h3 id="card-${i}">${escape(card.title)}</h3>
  <ol>${card.steps.map((step) => `<li>${escape(step)}</li>`).join('')}</ol>
  ${card.legalNotes.length ? `<h4>Regler</h4>${list(card.legalNotes)}` : ''}
</section>`,
        )
        .join('\n')
    : '<p>Kommunen har ikke offentliggjort handlekort endnu.</p>';
  const title = `Negativ social kontrol – hvor kan du henvende dig? ${escape(help.municipality)}`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${stylesheet ? `<link rel="stylesheet" href="${escape(stylesheet)}">` : ''}
</head>
<body>
<a class="skipnav" href="#main-content">Gå til sideindhold</a>
<header class="header"><div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><p>${escape(help.municipality)}</p></div></div></div></header>
<main id="main-content" class="container page-container">
<h1>Negativ social kontrol: hvor kan du henvende dig?</h1>
<p class="font-lead">Negativ social kontrol er, når nogen begrænser en persons frihed og ret til selv at bestemme over sit liv, fx hvem de ses med, hvad de må, og hvem de skal giftes med. Du kan altid få hjælp, også anonymt.</p>
<section aria-labelledby="signs"><h2 id="signs">Tegn og signaler</h2>${list(SIGNS)}</section>
<section aria-labelledby="municipal"><h2 id="municipal">Kontakt i ${escape(help.municipality)}</h2>${help.contacts.length ? contacts(help.contacts) : '<p>Kontakt kommunens borgerservice, og bed om at tale med en medarbejder om negativ social kontrol.</p>'}</section>
<section aria-labelledby="national"><h2 id="national">Kontakt på landsplan</h2>${contacts(NATIONAL)}</section>
<section aria-labelledby="cards"><h2 id="cards">Handlekort til fagpersoner</h2>${help.plan ? `<p>Fra ${escape(help.plan.title)}, version ${help.plan.version}.</p>` : ''}${cards}</section>
</main>
</body>
</html>`;
}
