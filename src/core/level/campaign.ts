/**
 * The campaign file, levels/campaign.json: which levels are played, in which order, under which
 * titles (English and Korean), and which level is the siege. Checked like a level: every error at
 * once, as `file:line:col json.path: what is wrong (got X; expected Y)`.
 */

import { z } from 'zod';
import { describeValue, didYouMean, lineColAt, lineStartsOf, locateErrors, type LevelError } from './level-error';
import { readLimitedJson } from './json-depth';
import { issuesToErrors } from './schema-issues';
import { jsonSyntaxError } from './json-syntax';

export const CAMPAIGN_FILE = 'levels/campaign.json';
const MAX_CAMPAIGN_BYTES = 64 * 1024;
/** The file nests three deep (the object, its list, an entry); a little room over that. */
const MAX_CAMPAIGN_DEPTH = 8;

const entry = z.strictObject({
  id: z.string().min(1).max(80).meta({ description: 'A level id: the file name in levels/ without .json.' }),
  title: z.string().min(1).max(80).meta({ description: 'English title on the level-select screen.' }),
  titleKo: z.string().min(1).max(80).meta({ description: 'Korean title on the level-select screen.' }),
});

export const campaignSchema = z.strictObject({
  levels: z.array(entry).min(1).max(64).meta({ description: 'The campaign in play order; each level unlocks when the one before it is won.' }),
  siege: entry.optional().meta({ description: 'The siege map, unlocked once the first level is won.' }),
});

export type CampaignEntry = z.infer<typeof entry>;
export type Campaign = z.infer<typeof campaignSchema>;

export type CampaignResult = { ok: true; campaign: Campaign } | { ok: false; errors: LevelError[] };

/** Parses campaign.json; `levelIds` are the level files that exist (every id must name one, once). */
export function parseCampaign(source: string, levelIds: readonly string[], file = CAMPAIGN_FILE): CampaignResult {
  const read = readLimitedJson(source, { maxChars: MAX_CAMPAIGN_BYTES, maxDepth: MAX_CAMPAIGN_DEPTH });
  if (!read.ok) {
    if (read.why === 'size') return { ok: false, errors: [{ file, path: [], message: `campaign file is too large (got ${read.chars} bytes; expected at most ${MAX_CAMPAIGN_BYTES})` }] };
    if (read.why === 'syntax') return { ok: false, errors: [jsonSyntaxError(read.text, file)] };
    const { line, col } = lineColAt(lineStartsOf(read.text), read.at);
    return {
      ok: false,
      errors: [{ file, path: [], line, col, message: `JSON is nested too deeply (got a bracket ${MAX_CAMPAIGN_DEPTH + 1} levels deep here; expected at most ${MAX_CAMPAIGN_DEPTH})` }],
    };
  }
  const { text, raw } = read;
  const parsed = campaignSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: locateErrors(text, issuesToErrors(parsed.error.issues, raw, file, new Set())) };
  const errors: LevelError[] = [];
  const seen = new Set<string>();
  const check = (id: string, path: (string | number)[]): void => {
    if (!levelIds.includes(id)) {
      const guess = didYouMean(id, levelIds);
      errors.push({
        file,
        path,
        message: `no such level${guess === undefined ? '' : `; did you mean "${guess}"?`} (got ${describeValue(id)}; expected one of ${levelIds.join(', ')})`,
        fix: guess === undefined ? `add the level file levels/${id}.json, or list one of the levels above` : `change ${describeValue(id)} to "${guess}"`,
      });
    }
    if (seen.has(id)) errors.push({ file, path, message: `level listed twice (got a second ${describeValue(id)}; expected each level once)` });
    seen.add(id);
  };
  parsed.data.levels.forEach((level, i) => check(level.id, ['levels', i, 'id']));
  if (parsed.data.siege !== undefined) check(parsed.data.siege.id, ['siege', 'id']);
  return errors.length > 0 ? { ok: false, errors: locateErrors(text, errors) } : { ok: true, campaign: parsed.data };
}
