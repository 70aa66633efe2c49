// A copy of a record draft with the hidden class of the drafts `plainDraft` makes (same fields,
// same order), so that code reading drafts sees one shape whether a draft is fresh or copied. An
// object spread would make a second shape and deoptimise the append path; see
// simulation/sameShapeCopies.ts for the whole story.

import type { RecordDraft } from '../world/producerState.ts';

/** A record draft, in the order of `plainDraft`; headers, when present, come last as in the poison draft. */
export function copyDraft(r: RecordDraft): RecordDraft {
  const copy: RecordDraft = {
    atMs: r.atMs,
    type: r.type,
    partition: r.partition,
    offset: r.offset,
    key: r.key,
    value: r.value,
    producer: r.producer,
    eventTimeMs: r.eventTimeMs,
    producedAtMs: r.producedAtMs,
  };
  if (r.headers !== undefined) copy.headers = r.headers;
  return copy;
}

