import Callout from './Callout.astro';
import ClaimExercise from './ClaimExercise.astro';
import Fy2027Changes from './Fy2027Changes.astro';
import Code from './Code.astro';
import DataCurrency from './DataCurrency.astro';
import CodingExercise from './CodingExercise.astro';
import EmExercise from './EmExercise.astro';
import Quiz from './Quiz.astro';
import Term from './Term.astro';
import TableWrap from './TableWrap.astro';

/**
 * Components lesson authors can use in MDX without importing them; `table` wraps Markdown
 * tables so wide ones scroll sideways on a phone instead of widening the page.
 */
export const mdxComponents = { Callout, ClaimExercise, Code, CodingExercise, DataCurrency, EmExercise, Fy2027Changes, Quiz, Term, table: TableWrap };
