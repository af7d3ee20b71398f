import { describeWorker } from './helpers/behaviour.js';
import { startRedis } from './helpers/redis-server.js';

describeWorker('worker on one redis-server', startRedis);
