import { describeWorker } from './helpers/behaviour.js';
import { startCluster } from './helpers/redis-server.js';

describeWorker('worker on a three-node Redis Cluster', startCluster);
