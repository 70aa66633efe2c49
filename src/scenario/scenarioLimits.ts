// Upper bounds on every size a scenario file can ask for. A file from a stranger must not be able
// to hang the page, so each count, duration and string has a ceiling here, in one place.

/** Largest scenario text accepted, in UTF-8 bytes (1 MB). */
export const TEXT_BYTES_MAX = 1_048_576;
/** Deepest nesting of arrays and objects accepted in the text; a real scenario needs about 7. */
export const NESTING_DEPTH_MAX = 32;
/** Longest scenario: one hour of simulated time. Every time field is capped by it as well. */
export const DURATION_MS_MAX = 3_600_000;

export const BROKERS_MAX = 16;
export const TOPICS_MAX = 16;
export const PARTITIONS_MAX = 64;
export const PRODUCERS_MAX = 128;
export const GROUPS_MAX = 8;
export const MEMBERS_PER_GROUP_MAX = 64;
export const SCRIPTED_RECORDS_MAX = 10_000;
export const INTERVENTIONS_MAX = 1_000;
export const HEADERS_MAX = 16;
export const MODULES_MAX = 50;

/** Ids, names, topic names and header names. */
export const NAME_CHARS_MAX = 64;
/** Record keys, values, header values and the summary. */
export const TEXT_CHARS_MAX = 1_000;
export const TITLE_CHARS_MAX = 120;

export const KEY_COUNT_MAX = 100_000;
export const ZIPF_EXPONENT_MAX = 5;
/** Smallest gap between generated records; with the duration cap this bounds one producer. */
export const RATE_INTERVAL_MS_MIN = 0.01;
/** Ceiling on fractional per-record costs and link delays. */
export const COST_MS_MAX = 60_000;
/** Expected records over all producers; beyond this a run takes too long in a browser tab. */
export const EXPECTED_RECORDS_MAX = 5_000_000;

export const BATCH_SIZE_RECORDS_MAX = 10_000;
export const POLL_RECORDS_MAX = 10_000;
export const RETRIES_MAX = 100;
export const SEED_MAX = 4_294_967_295;
export const OFFSET_MAX = Number.MAX_SAFE_INTEGER;

/** `segment.bytes` and `retention.bytes` stand-ins, counted in records per partition. */
export const SEGMENT_RECORDS_MAX = 1_000_000;
export const RETENTION_RECORDS_MAX = 10_000_000;
/**
 * Longest time-based log setting (segment.ms, retention.ms, delete.retention.ms): one year.
 * These may outlast the run; Kafka's defaults (7 days, 1 day) already do.
 */
export const LOG_CONFIG_MS_MAX = 31_536_000_000;
/** Shortest period of a periodic broker task, so that no task runs every millisecond. */
export const PERIODIC_TASK_MS_MIN = 100;
/** Produce responses one broker.dropAcks intervention may drop. */
export const DROP_ACKS_MAX = 1_000;
/** Bounds of a node.slow factor; 1 restores normal speed. */
export const SLOW_FACTOR_MIN = 0.1;
export const SLOW_FACTOR_MAX = 100;

// Queues (SQS/RabbitMQ style) beside the logs, and Flink-style stream jobs.

export const QUEUES_MAX = 16;
export const QUEUE_PRODUCERS_MAX = 64;
export const QUEUE_CONSUMERS_MAX = 64;
/** SQS `maxReceiveCount` allows 1 to 1000. */
export const MAX_DELIVERIES_MAX = 1_000;
/** Messages one receive may take; SQS's `MaxNumberOfMessages` stops at 10, RabbitMQ prefetch goes higher. */
export const RECEIVE_MESSAGES_MAX = 100;
/** SQS's longest visibility timeout: 12 hours. */
export const VISIBILITY_TIMEOUT_MS_MAX = 43_200_000;
export const STREAM_JOBS_MAX = 4;
/** Sliding windows a record lands in (sizeMs / slideMs), so a record cannot fill a million windows. */
export const WINDOWS_PER_RECORD_MAX = 100;
/** Largest magnitude of an event time a window bound may name (about 31 years). */
export const EVENT_TIME_MS_MAX = 1_000_000_000_000;
/** Largest `earlyFiring.everyCount`: records per early pane. */
export const EARLY_FIRING_COUNT_MAX = 1_000_000;
/**
 * Largest `maxRecordsPerSecond` of a stream job. Times the longest poll interval it stays a safe
 * integer, so the engine's per-poll budget never rounds.
 */
export const JOB_RECORDS_PER_SECOND_MAX = 1_000_000;

// Event time as producers stamp it.

/** Largest clock skew, and largest single clock jump: one hour either way. */
export const CLOCK_OFFSET_MS_MAX = 3_600_000;
/** Largest clock drift in parts per million: a clock running twice as fast, or stopped. */
export const CLOCK_DRIFT_PPM_MAX = 1_000_000;
export const CLOCK_JUMPS_MAX = 50;
/** Largest magnitude of a generated integer record value. */
export const RECORD_VALUE_MAX = 1_000_000_000;

/** Most errors reported for one file; a file with 10,000 bad records gets a short list. */
export const ERRORS_MAX = 100;

// Limits of the guided parts of format version 2: narration, expected outcomes and knobs.

/** Narration steps, and characters in the Markdown text of one step. */
export const NARRATION_STEPS_MAX = 50;
export const NARRATION_CHARS_MAX = 4_000;
export const HIGHLIGHTS_PER_STEP_MAX = 16;
export const HIGHLIGHT_CHARS_MAX = 120;
/** Choices in one prediction question. */
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 6;
/** Questions, choice texts and explanations. */
export const PROSE_CHARS_MAX = 1_000;
/** Labels of assertions, parameters and variants: one short sentence. */
export const LABEL_CHARS_MAX = 200;
export const ASSERTIONS_MAX = 50;
export const WINDOW_VALUES_MAX = 16;
/** Field-equality conditions in one `where`. */
export const WHERE_FIELDS_MAX = 8;
export const PARAMETERS_MAX = 12;
/** Slider positions of one parameter, so a slider never has millions of stops. */
export const PARAMETER_STEPS_MAX = 100_000;
export const VARIANTS_MAX = 4;
export const OVERRIDES_PER_VARIANT_MAX = 16;
/** Characters of one override value once written as JSON. */
export const OVERRIDE_VALUE_CHARS_MAX = 10_000;
export const CONFIG_MAPPINGS_MAX = 32;
export const CONCEPTS_MAX = 16;
export const CONCEPT_CHARS_MAX = 32;
/** JSON paths such as `$.topology.consumerGroups[0].sessionTimeoutMs`. */
export const JSON_PATH_CHARS_MAX = 200;
export const JSON_PATH_SEGMENTS_MAX = 16;
/** Largest magnitude of a parameter's bounds, step and default. */
export const PARAMETER_VALUE_MAX = 1_000_000_000_000;

// Processing dataflows: DAGs of operators (dataflowSchema.ts). Parallelism times operators bounds
// the subtasks of one dataflow (at most 256), and the fan-out cap bounds the copies of one record.

export const DATAFLOWS_MAX = 4;
export const DATAFLOW_OPERATORS_MAX = 32;
/** Subtasks per operator; Flink's key groups (128) are far more than this. */
export const PARALLELISM_MAX = 8;
/** Longest expression source, as the expression language itself allows. */
export const EXPRESSION_CHARS_MAX = 500;
/** Fields one map operator sets. */
export const MAP_FIELDS_MAX = 16;
/** Expressions one flatMap emits per record. */
export const FLATMAP_EMIT_MAX = 8;
export const ROUTES_MAX = 16;
/** Rows of an enrich operator's fixed reference table. */
export const ENRICH_TABLE_ROWS_MAX = 1_000;
/**
 * Copies of one source record the graph may make before any aggregation: the sum over paths from
 * a source of the product of the flatMap fan-outs on the path. Chained flatMaps and diamonds
 * multiply, so without a cap eight operators could turn one record into millions.
 */
export const RECORD_COPIES_MAX = 256;
/** Records one input channel buffers before its sender runs out of credit. */
export const BUFFER_RECORDS_MAX = 10_000;
/** Slowest subtask tick of a continuous dataflow. */
export const TICK_MS_MAX = 10_000;
/** Longest time for an element to cross a network edge between subtasks. */
export const EDGE_DELAY_MS_MAX = 60_000;
