// A typedoc plugin: every export of the API reference belongs to a family's
// group, so that the sidebar reads Survey, Support, Business hours, ...
// instead of one list of names.
//
// An export's group is its family, the folder of src/ it is declared in
// (FAMILIES below), unless its TSDoc names one with `@group`. An export
// declared outside a family folder (src/_lib) needs its own `@group`; an
// export without a group, or with a group that typedoc.json's `groupOrder`
// does not list, is an error, and `npm run docs` fails naming it.
import { dirname, relative, sep } from 'node:path';
import { Comment, CommentTag, Converter } from 'typedoc';
import ts from 'typescript';

/** The folder of src/ (or the file, for the top level) → its group. */
const FAMILIES = {
  survey: 'Survey',
  support: 'Support',
  'business-hours': 'Business hours',
  'contact-centre': 'Contact centre',
  workload: 'Workload',
  customers: 'Customers',
  lifetime: 'Lifetime value',
  quality: 'Quality',
  stats: 'Stats',
  segments: 'Segments',
  'error.ts': 'Errors',
};

/** The `@group` names a comment gives. */
function groupTags(comment) {
  return comment?.blockTags.filter((t) => t.tag === '@group').map((t) => Comment.combineDisplayParts(t.content).trim()) ?? [];
}

/** The groups a reflection's own comments name (its signatures' for a function). */
function namedGroups(reflection) {
  const names = groupTags(reflection.comment);
  for (const signature of reflection.signatures ?? []) names.push(...groupTags(signature.comment));
  return names;
}

/** The family of the file an export is declared in, or `undefined` outside a family folder. */
function familyOf(context, reflection, src) {
  let symbol = context.getSymbolFromReflection(reflection);
  if (symbol === undefined) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
  const file = symbol.declarations?.[0]?.getSourceFile().fileName;
  if (file === undefined) return undefined;
  const path = relative(src, file);
  const folder = dirname(path) === '.' ? path : path.split(sep)[0];
  return FAMILIES[folder];
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // before the GroupPlugin reads the tags (it runs at priority -100)
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const src = dirname(app.options.getValue('entryPoints')[0]);
    // the groups of the sidebar, in its order (typedoc.json)
    const GROUPS = app.options.getValue('groupOrder').filter((g) => g !== '*');
    for (const family of Object.values(FAMILIES)) {
      if (!GROUPS.includes(family)) app.logger.error(`the family group ${JSON.stringify(family)} is missing from groupOrder in typedoc.json`);
    }
    for (const reflection of context.project.children ?? []) {
      const named = namedGroups(reflection);
      for (const name of named) {
        if (!GROUPS.includes(name)) {
          app.logger.error(`${reflection.name}: @group ${JSON.stringify(name)} is not one of the API groups (${GROUPS.join(', ')}); see scripts/typedoc-groups.mjs`);
        }
      }
      if (named.length > 0) continue;
      const family = familyOf(context, reflection, src);
      if (family === undefined) {
        app.logger.error(
          `${reflection.name} has no group: it is declared outside a family folder of src/, so its TSDoc needs @group (one of ${GROUPS.join(', ')})`,
        );
        continue;
      }
      reflection.comment ??= new Comment();
      reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: family }]));
    }
  });
}
