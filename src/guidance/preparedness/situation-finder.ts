import { ActionCard } from './preparedness-plan.entity';
import { SituationInput } from './preparedness.model';

/**
 * The cards that fit a situation, best first. A card fits when each of its
 * situation fields is either unset (it applies whatever the answer) or equal
 * to the answer; the more fields it names, the more specific, and the earlier
 * it comes. Ties keep the plan's order.
 */
export function cardsForSituation(cards: ActionCard[], situation: SituationInput): ActionCard[] {
  const fields = ['concernLevel', 'personConcerned', 'acuteDanger'] as const;
  return cards
    .filter((card) => fields.every((field) => card[field] === null || card[field] === situation[field]))
    .map((card) => ({ card, specificity: fields.filter((field) => card[field] !== null).length }))
    .sort((a, b) => b.specificity - a.specificity || a.card.position - b.card.position)
    .map(({ card }) => card);
}
