import Quiz from './Quiz.tsx';
import type { Quiz as QuizData } from '../../domain/quiz/quiz-schema.ts';
import { recordQuizQuestion } from '../../stores/progress.ts';

/** The quiz island as lessons use it: every checked question is saved to the learner's progress. */
export default function QuizWithProgress({ quiz }: { quiz: QuizData }) {
  return (
    <Quiz
      quiz={quiz}
      onResult={(r) => {
        if (r.score.type === 'points') recordQuizQuestion({ quizId: r.quizId, questionId: r.questionId, earned: r.score.earned, total: r.score.total });
      }}
    />
  );
}
