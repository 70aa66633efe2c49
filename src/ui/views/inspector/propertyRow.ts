// One line of the inspector: a property name and its value. Kafka and Flink properties use their
// own names; settings that exist only in the sandbox are marked so nobody looks for them there.

export interface PropertyRow {
  readonly name: string;
  readonly value: string;
  /** `kafka` or `flink`: a real configuration key of that system; `sandbox`: this simulator only. */
  readonly source: 'kafka' | 'flink' | 'sandbox';
  /** The scenario did not set it, so Kafka's (or the sandbox's) default applies. */
  readonly isDefault: boolean;
}

/** A Kafka property; `value` undefined means "not set", shown as `fallback` and marked default. */
export function kafkaProperty(
  name: string,
  value: string | number | boolean | undefined,
  fallback: string,
): PropertyRow {
  return value === undefined
    ? { name, value: fallback, source: 'kafka', isDefault: true }
    : { name, value: String(value), source: 'kafka', isDefault: false };
}

/** A Flink configuration key; `value` undefined means "not set", shown as `fallback`. */
export function flinkProperty(
  name: string,
  value: string | number | undefined,
  fallback: string,
): PropertyRow {
  return { ...kafkaProperty(name, value, fallback), source: 'flink' };
}

export function sandboxProperty(
  name: string,
  value: string | number | boolean | undefined,
  fallback = '—',
): PropertyRow {
  return value === undefined
    ? { name, value: fallback, source: 'sandbox', isDefault: true }
    : { name, value: String(value), source: 'sandbox', isDefault: false };
}
