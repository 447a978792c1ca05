import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

/**
 * The optional `topic:` field of an exercise file: the one ClaimLab topic the coverage test and
 * the readiness maps count the exercise under, when its kind's default (content/blueprints/
 * topic-map.yaml) is not its main teaching point.
 */
export const primaryTopicField = z
  .enum(TOPIC_IDS)
  .optional()
  .describe('The one ClaimLab topic (src/domain/blueprints/topics.ts) the readiness maps count this exercise under; omit to use the default of its kind in content/blueprints/topic-map.yaml.');
