import { fail } from '../_lib/validate.js';
import type { InputForm } from './input.js';

/** Weights belong to raw responses; a tally or counts have none to attach them to. */
export function rejectWeightsFor(fn: string, form: InputForm): never {
  fail(
    'INVALID_OPTION',
    fn,
    `option weights applies to raw responses, one weight per response; a ${form === 'tally' ? 'tally' : 'set of counts'} is already aggregated`,
  );
}
