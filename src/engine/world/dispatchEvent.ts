// Routes a popped queue event to the model that handles its kind. This switch is the engine's hot
// path: it allocates nothing of its own.

import type { PoppedEvent } from '../core/eventQueue.ts';
import { onRequestArrive } from '../kafka/brokerModel.ts';
import { onSenderWake } from '../kafka/producerSender.ts';
import {
  onCoordinatorHeartbeat,
  onCoordinatorJoin,
  onCoordinatorLeave,
  onCoordinatorSync,
  onSessionCheck,
} from '../kafka/groupCoordinator.ts';
import { onJoinTimer } from '../kafka/groupJoin.ts';
import {
  onConsumerHeartbeat,
  onHeartbeatResponse,
  onJoinResponse,
  onSyncResponse,
} from '../kafka/consumerMember.ts';
import { onConsumerPoll, onConsumerProcessed } from '../kafka/consumerPoll.ts';
import { onProducerNext, startProducer } from '../kafka/producerModel.ts';
import { onProducerBurstEnd } from '../kafka/producerInterventions.ts';
import {
  onBatchRetry,
  onProduceError,
  onRequestResponse,
  onRequestTimeout,
} from '../kafka/producerSend.ts';
import {
  onIsrCheck,
  onReplicaFetchAtLeader,
  onReplicaFetchResponse,
} from '../kafka/replicaFetcher.ts';
import { onControllerDetect } from '../kafka/controller.ts';
import { onJobPoll, onJobWatermarkTick } from '../stream/streamJob.ts';
import { onJobCheckpoint, onJobCheckpointAck, onJobRestart } from '../stream/jobCheckpoints.ts';
import { onQueueArrive, onQueueProducerNext } from '../queue/queueProducer.ts';
import {
  onQueueConsumerDone,
  onQueueConsumerPoll,
  onQueueVisibilityCheck,
  startQueueConsumer,
} from '../queue/queueConsumer.ts';
import { onLogCleaner } from '../kafka/logCompaction.ts';
import { onRetentionCheck } from '../kafka/logSegments.ts';
import { startConsumer } from '../kafka/consumerLifecycle.ts';
import {
  onDataflowCheckpoint,
  onDataflowCheckpointAck,
  onDataflowRestart,
  onDataflowTick,
} from '../dataflow/dataflowJob.ts';
import { EventKind } from './eventKinds.ts';
import type { World } from './worldTypes.ts';

export function dispatchEvent(w: World, e: PoppedEvent): void {
  switch (e.kind) {
    case EventKind.producerNext:
      return onProducerNext(w, e.a, e.b);
    case EventKind.senderWake:
      return onSenderWake(w, e.a);
    case EventKind.requestArrive:
      return onRequestArrive(w, e.a);
    case EventKind.requestResponse:
      return onRequestResponse(w, e.a);
    case EventKind.consumerPoll:
      return onConsumerPoll(w, e.a, e.b, e.c);
    case EventKind.consumerProcessed:
      return onConsumerProcessed(w, e.a, e.b);
    case EventKind.consumerHeartbeat:
      return onConsumerHeartbeat(w, e.a, e.b);
    case EventKind.heartbeatResponse:
      return onHeartbeatResponse(w, e.a, e.b, e.c);
    case EventKind.coordinatorHeartbeat:
      return onCoordinatorHeartbeat(w, e.a, e.b, e.c);
    case EventKind.coordinatorJoin:
      return onCoordinatorJoin(w, e.a, e.b);
    case EventKind.coordinatorJoinComplete:
      return onJoinTimer(w, e.a, e.b);
    case EventKind.joinResponse:
      return onJoinResponse(w, e.a, e.b, e.c);
    case EventKind.coordinatorSync:
      return onCoordinatorSync(w, e.a, e.b, e.c);
    case EventKind.syncResponse:
      return onSyncResponse(w, e.a, e.b, e.c);
    case EventKind.coordinatorSessionCheck:
      return onSessionCheck(w, e.a, e.b);
    case EventKind.coordinatorLeave:
      return onCoordinatorLeave(w, e.a, e.b);
    case EventKind.produceError:
      return onProduceError(w, e.a, e.b, e.c);
    case EventKind.requestTimeout:
      return onRequestTimeout(w, e.a);
    case EventKind.batchRetry:
      return onBatchRetry(w, e.a, e.b);
    case EventKind.replicaFetchAtLeader:
      return onReplicaFetchAtLeader(w, e.a, e.b, e.c);
    case EventKind.replicaFetchResponse:
      return onReplicaFetchResponse(w, e.a, e.b, e.c);
    case EventKind.controllerDetect:
      return onControllerDetect(w, e.a, e.b);
    case EventKind.isrCheck:
      return onIsrCheck(w, e.a);
    case EventKind.retentionCheck:
      return onRetentionCheck(w, e.a);
    case EventKind.logCleaner:
      return onLogCleaner(w, e.a);
    case EventKind.queueProducerNext:
      return onQueueProducerNext(w, e.a, e.b);
    case EventKind.queueArrive:
      return onQueueArrive(w, e.a, e.b);
    case EventKind.queueConsumerPoll:
      return onQueueConsumerPoll(w, e.a, e.b);
    case EventKind.queueConsumerDone:
      return onQueueConsumerDone(w, e.a, e.b);
    case EventKind.queueVisibilityCheck:
      return onQueueVisibilityCheck(w, e.a, e.b, e.c);
    case EventKind.queueConsumerStart:
      return startQueueConsumer(w, e.a);
    case EventKind.jobPoll:
      return onJobPoll(w, e.a, e.b);
    case EventKind.jobWatermarkTick:
      return onJobWatermarkTick(w, e.a, e.b);
    case EventKind.jobCheckpoint:
      return onJobCheckpoint(w, e.a, e.b);
    case EventKind.jobCheckpointAck:
      return onJobCheckpointAck(w, e.a, e.b, e.c);
    case EventKind.jobRestart:
      return onJobRestart(w, e.a, e.b);
    case EventKind.dataflowTick:
      return onDataflowTick(w, e.a, e.b);
    case EventKind.dataflowCheckpoint:
      return onDataflowCheckpoint(w, e.a, e.b);
    case EventKind.dataflowCheckpointAck:
      return onDataflowCheckpointAck(w, e.a, e.b, e.c);
    case EventKind.dataflowRestart:
      return onDataflowRestart(w, e.a, e.b);
    case EventKind.producerStart:
      return startProducer(w, e.a);
    case EventKind.consumerStart:
      return startConsumer(w, e.a);
    case EventKind.producerBurstEnd:
      return onProducerBurstEnd(w, e.a, e.b);
    default:
      throw new Error(`unknown event kind ${e.kind}`);
  }
}
