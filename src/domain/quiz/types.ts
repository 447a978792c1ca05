/**
 * Learner input and score shapes for quiz questions, named after the Perseus convention:
 * `<Kind>UserInput` is what the island collects; the question itself is the rubric.
 */

/** Selected option id, or null before the learner picks one. */
export type SingleUserInput = string | null;
/** Ids of the ticked options. */
export type MultipleUserInput = readonly string[];
/** Item id -> id of the bucket the learner placed it in. */
export type SortUserInput = Readonly<Record<string, string>>;
/** Pair id (left side) -> id of the pair whose right side the learner chose. */
export type MatchUserInput = Readonly<Record<string, string>>;
/** The typed answer. */
export type FillUserInput = string;

/** Answers for a whole quiz: question id -> that question's user input. */
export type QuizAnswers = Readonly<Record<string, unknown>>;

/** Why an attempt cannot be graded yet; turned into words by `describeInvalidReason`. */
export type InvalidReason =
  /** Nothing chosen (single, multiple). */
  | 'no-selection'
  /** Some items have no bucket (sort). */
  | 'unplaced-items'
  /** Some left entries have no match (match). */
  | 'unmatched-pairs'
  /** Blank text (fill). */
  | 'empty-answer'
  /** Input of the wrong shape or naming ids the question does not have. */
  | 'malformed-input';

/** Feedback on one option of a single or multiple question. */
export interface OptionFeedback {
  kind: 'option';
  optionId: string;
  /** The learner chose this option. */
  selected: boolean;
  /** The answer key marks this option correct. */
  isAnswer: boolean;
  /** The learner's decision on this option was right (chosen if and only if it is an answer). */
  correct: boolean;
  explanation: string;
}

/** Feedback on one item of a sort question. */
export interface ItemFeedback {
  kind: 'item';
  itemId: string;
  /** Bucket the learner chose. */
  placedIn: string;
  /** Bucket the answer key names. */
  expected: string;
  correct: boolean;
  explanation: string;
}

/** Feedback on one pair of a match question. */
export interface PairFeedback {
  kind: 'pair';
  pairId: string;
  /** Id of the pair whose right side the learner chose for this left side. */
  chosen: string;
  correct: boolean;
  explanation: string;
}

/** Feedback on a fill question. */
export interface FillFeedback {
  kind: 'fill';
  correct: boolean;
  /** The first accepted answer, shown as the model answer. */
  expected: string;
  explanation: string;
}

/** One unit of feedback; a question yields one per option, item or pair (one for fill). */
export type QuestionFeedback = OptionFeedback | ItemFeedback | PairFeedback | FillFeedback;

/** The attempt cannot be graded (incomplete or malformed). */
export interface InvalidScore {
  type: 'invalid';
  reason: InvalidReason;
}

/** A graded attempt. `earned` is always within [0, total]. */
export interface PointsScore {
  type: 'points';
  earned: number;
  total: number;
  feedback: QuestionFeedback[];
}

/** Result of scoring one question. */
export type QuestionScore = InvalidScore | PointsScore;
