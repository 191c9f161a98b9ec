// A claim the analyst makes of a selection may be one the graph already holds, first reported elsewhere: the same
// people's meeting, the same person's post, the same force's presence. As its people are picked, the claims the
// graph holds of them are offered; the analyst who recognises the event adds this document as a further source of it
// rather than a second claim, having seen side by side where it disagrees (known-claim.js). The claim's fields stay
// its first report's (docs/api.md, "Many sources").

import { query, write } from '../api.js';
import { h } from '../dom.js';
import { errorsBeside } from './forms.js';
import { knownClaim } from './known-claim.js';

/**
 * Per kind of claim: the node whose claims are looked at (the first participant, the person, the force), the list of
 * them, which of them fit what the form says, and the mutation that adds a further source with what this document
 * says (the input of addMeetingSource and its kin).
 */
const KINDS = {
  MEETING: {
    of: (input) => input.participants?.map((participant) => participant.actor).find(isId),
    list: (node) => node.meetings?.nodes,
    fits: (claim, input) => input.participants.map((participant) => participant.actor).filter(isId)
      .every((actor) => claim.participants.some((participant) => participant.actor.id === actor)),
    describe: (claim) => `Meeting: ${claim.title}, ${claim.date.iso}`,
    operation: 'EditorAddMeetingSource', payload: 'addMeetingSource',
    source: (input) => ({ date: given(input.date), place: input.place, participants: input.participants?.filter((p) => isId(p.actor)) }),
  },
  ROLE: {
    of: (input) => input.actor,
    list: (node) => node.roles?.nodes,
    fits: (claim, input) => !isId(input.organisation) || claim.organisation?.id === input.organisation,
    describe: (claim) => `Role: ${claim.actor.name}, ${claim.title}`,
    operation: 'EditorAddRoleSource', payload: 'addRoleSource',
    source: (input) => ({ date: given(input.start) }),
  },
  MILITARY_PRESENCE: {
    of: (input) => input.force,
    list: (node) => node.militaryPresences?.nodes,
    fits: (claim, input) => !input.hostCountry || claim.hostCountry === input.hostCountry.toUpperCase(),
    describe: (claim) => `Military presence: ${claim.force.name} in ${claim.place?.name ?? claim.hostCountry}`,
    operation: 'EditorAddMilitaryPresenceSource', payload: 'addMilitaryPresenceSource',
    source: (input) => ({ date: given(input.start), place: input.place }),
  },
};

/** A date the form was given; an empty one is none (a further source need not say when). */
function given(date) {
  return date?.iso ? date : undefined;
}

function isId(value) {
  return typeof value === 'string' && /^[A-Z][A-Za-z]*:./.test(value);
}

/**
 * The claims of one kind the graph holds that the form's claim may be, kept up to date by update(); input() gives
 * the addition as the form would send it ({ document, quotes, status, ... }), form is where userErrors go, and
 * onAdded(message) is called once the document is a further source of one.
 */
export function knownMatches(kindName, { input, form, onAdded }) {
  const kind = KINDS[kindName];
  const element = h('section', { class: 'known-matches', 'aria-live': 'polite', 'aria-label': 'Claims the graph holds already' });
  let asked = 0;

  async function update() {
    const addition = input();
    const of = kind?.of(addition);
    const mine = ++asked;
    if (!isId(of)) {
      element.replaceChildren();
      return;
    }
    const node = (await query('EditorKnownClaims', { id: of })).node;
    if (mine !== asked) {
      return; // the form changed again meanwhile
    }
    const claims = (node ? kind.list(node) ?? [] : [])
      .filter((claim) => !claim.sources.some((source) => source.document.id === addition.document))
      .filter((claim) => kind.fits(claim, input()));
    element.replaceChildren(...(claims.length ? [
      h('h3', {}, 'The graph may hold this already'),
      h('p', { class: 'hint' }, 'If the words you selected report one of these, add this document as its source rather than a second claim.'),
      h('ul', { class: 'known-list' }, claims.map((claim) => h('li', {}, kind.describe(claim), ' ',
        h('button', { type: 'button', class: 'this-one', dataset: { id: claim.id }, on: { click: () => offer(claim) } }, 'It is this one'))))]
      : []));
  }

  /** The claim beside what this document says of it, and the button that adds the document as its source. */
  function offer(claim) {
    const addition = input();
    const sourceInput = Object.fromEntries(Object.entries({ id: claim.id, version: claim.version, document: addition.document,
      quotes: addition.quotes, status: addition.status, ...kind.source(addition) }).filter(([, value]) => value !== undefined && value !== ''));
    const add = async () => {
      let payload;
      try {
        payload = (await write(kind.operation, { input: sourceInput }))[kind.payload];
      } catch (error) {
        form.querySelector('.form-errors').textContent = error.message;
        return;
      }
      if (!errorsBeside(form, payload.userErrors)) {
        onAdded(`Added: this document as a source of ${claim.id}`);
      }
    };
    element.replaceChildren(
      h('h3', {}, 'This document as a source of a claim the graph holds'),
      knownClaim({ proposal: JSON.stringify(sourceInput) }),
      h('button', { type: 'button', class: 'add-source', on: { click: add } }, 'Add this document as its source'), ' ',
      h('button', { type: 'button', on: { click: update } }, 'Not this one'));
    element.querySelector('button.add-source').focus();
  }

  return { element, update };
}
