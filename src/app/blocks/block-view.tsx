import type { Block } from '../../../course/schema/index.ts';
import { shownOrder } from '../../state/order.ts';
import { useApp, useView } from '../context.ts';
import { ActionPlanBlock } from './action-plan-block.tsx';
import { AssessmentBlock } from './assessment-block.tsx';
import { AccordionBlockView, CardsBlockView } from './disclosure-blocks.tsx';
import { ModelFigureView } from './model-figure.tsx';
import { KeyPointsView } from './key-points-view.tsx';
import { QuestionView } from './question-view.tsx';
import { QuoteView } from './quote-view.tsx';
import { ReflectionBlock } from './reflection-block.tsx';
import { RichText } from './rich-text.tsx';
import { ScenarioBlock } from './scenario-block.tsx';
import { SelfAssessmentBlock } from './self-assessment-block.tsx';
import { StepsBlockView } from './steps-block.tsx';
import './rich-blocks.css';

/** One renderer per block kind; the switch is exhaustive, so a new kind fails to compile until drawn. */
export function BlockView({ block }: { block: Block }) {
  const { t, controller } = useApp();
  const { state } = useView();
  switch (block.kind) {
    case 'text':
      return <div class="text-block"><RichText doc={t(block.body)} /></div>;
    case 'quote':
      return <QuoteView block={block} />;
    case 'key-points':
      return <KeyPointsView block={block} />;
    case 'reflection':
      return <ReflectionBlock block={block} />;
    case 'question':
      return (
        <QuestionView
          question={block.question}
          mode="lesson"
          recorded={state.answers[block.question.id]}
          order={shownOrder(state.seed ?? 0, block.question, { kind: 'lesson' })}
          onAnswer={(response, latencyMs) => controller.dispatch({ type: 'answer', questionId: block.question.id, response, latencyMs })}
        />
      );
    case 'scenario':
      return <ScenarioBlock scenario={block.scenario} />;
    case 'action-plan':
      return <ActionPlanBlock block={block} />;
    case 'self-assessment':
      return <SelfAssessmentBlock block={block} />;
    case 'assessment':
      return <AssessmentBlock block={block} />;
    case 'accordion':
      return <AccordionBlockView block={block} />;
    case 'cards':
      return <CardsBlockView block={block} />;
    case 'steps':
      return <StepsBlockView block={block} />;
    case 'model-figure':
      return <ModelFigureView block={block} />;
    default:
      return block satisfies never;
  }
}
