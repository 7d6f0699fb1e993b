// The entry point's first import: instrumentation patches `http` and `pg` only for code that requires them after it.
import { startTracing } from '@terugkeer/service-kit/tracing';

startTracing('gateway');
