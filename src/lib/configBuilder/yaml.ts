import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { KeyComment } from './config';

/**
 * YAML serialization with the `yaml` package's document API (never string
 * templates), so every string the reader typed round-trips exactly.
 *
 * The `yaml` package (YAML 1.2 core schema, as `@backstage/config-loader`
 * parses app-config files) already quotes strings that 1.2 would read as
 * something else (`null`, `0x1F`, `#x`, `a: b`). Strings that only YAML 1.1
 * readers turn into booleans or numbers (`yes`, `on`, `y`, `1:20`) are quoted
 * too, so the files survive any other YAML tool a reader pipes them through.
 */

/**
 * Plain scalars YAML 1.1 resolves to booleans, null, numbers or timestamps
 * (yaml.org/type/bool, null, int, float, timestamp for YAML 1.1). Deliberately
 * broad: anything that starts like a number is quoted; quoting a string that
 * did not need it changes nothing for any reader.
 */
const yaml11Words =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL)$/;
const yaml11NumberLike = /^[-+]?(?:[0-9]|\.[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)$)/;

/** Whether a plain (unquoted) scalar with this text could read as a non-string in YAML 1.1. */
export function ambiguousInYaml11(text: string): boolean {
  return yaml11Words.test(text) || yaml11NumberLike.test(text);
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>): { key?: Node; value?: Node } {
  let current: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) return {};
      keyNode = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof part === 'number') {
      keyNode = undefined;
      current = current.items[part];
    } else {
      return {};
    }
  }
  return { key: keyNode, value: current as Node };
}

/** Options for {@link toYaml}. */
export interface ToYamlOptions {
  /** Comments above keys. A path that does not exist is ignored. */
  comments?: ReadonlyArray<KeyComment>;
  /** A comment at the top of the document (each line gets `#`). */
  header?: string;
  /** Paths of string values to print as `|` block literals. */
  blockLiterals?: ReadonlyArray<ReadonlyArray<string | number>>;
}

/**
 * Serializes a JSON value as one YAML document.
 *
 * @param value plain JSON (objects, arrays, strings, numbers, booleans)
 * @returns YAML text ending in a newline; `parse(result)` deep-equals `value`.
 */
export function toYaml(value: unknown, options: ToYamlOptions = {}): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && ambiguousInYaml11(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  for (const path of options.blockLiterals ?? []) {
    const { value: node } = nodeAt(doc, path);
    if (isScalar(node)) node.type = Scalar.BLOCK_LITERAL;
  }
  for (const { path, comment } of options.comments ?? []) {
    const { key, value: node } = nodeAt(doc, path);
    const target = key ?? node;
    if (target) target.commentBefore = comment;
  }
  if (options.header) doc.commentBefore = options.header;
  return doc.toString({ lineWidth: 0 });
}
