import { useEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../../course/schema/index.ts';
import { choiceOrder } from '../../state/order.ts';
import { traverse } from '../../state/scenario-engine.ts';
import { useApp, useView } from '../context.ts';
import { RichText } from './rich-text.tsx';

/** A branching scenario, step by step: situation → choice → consequence → … → ending with debrief. */
export function ScenarioBlock({ scenario }: { scenario: Scenario }) {
  const { ui, t, controller } = useApp();
  const { state } = useView();
  const run = state.scenarios[scenario.id];
  const { steps, current } = traverse(scenario, run?.path ?? []);
  const shownAt = useRef(Date.now());
  const latest = useRef<HTMLHeadingElement>(null);
  const count = steps.length;
  useEffect(() => {
    shownAt.current = Date.now();
    if (count > 0) latest.current?.focus();
  }, [count]);

  return (
    <section class="scenario" data-scenario={scenario.id} aria-labelledby={`sc-${scenario.id}`}>
      <h2 id={`sc-${scenario.id}`}><span class="eyebrow">{ui.scenario}</span> {t(scenario.title)}</h2>
      {scenario.intro && <RichText doc={t(scenario.intro)} />}
      <ol class="scenario-steps">
        {steps.map((s, i) => (
          <li key={s.choice.id} class="scenario-step">
            <RichText doc={t(s.node.text)} />
            <p class="scenario-choice"><strong>{ui.decision(i + 1)}:</strong> {t(s.choice.text)}</p>
            <div class="consequence">
              <h3 tabIndex={-1} ref={i === steps.length - 1 ? latest : undefined}>{ui.consequence}</h3>
              <RichText doc={t(s.choice.consequence)} />
            </div>
          </li>
        ))}
      </ol>
      {current.kind === 'situation' ? (
        <div class="scenario-current" data-node={current.id}>
          <RichText doc={t(current.text)} />
          <fieldset class="choices">
            <legend>{ui.whatDoYouDo}</legend>
            {choiceOrder(state.seed ?? 0, scenario.id, current).map((c) => (
              <button key={c.id} type="button" class="choice" data-choice={c.id} onClick={() => controller.dispatch({ type: 'choose', scenarioId: scenario.id, choiceId: c.id, latencyMs: Date.now() - shownAt.current })}>
                {t(c.text)}
              </button>
            ))}
          </fieldset>
        </div>
      ) : (
        <div class={`scenario-ending outcome-${current.outcome}`} data-ending={current.id}>
          <h3>{ui.ending}: {t(current.title)}</h3>
          <RichText doc={t(current.text)} />
          <h3>{ui.debrief}</h3>
          <RichText doc={t(current.debrief)} />
          <h4>{ui.yourPath}</h4>
          <ol class="path">
            {steps.map((s) => (
              <li key={s.choice.id}>
                {t(s.choice.text)} — <span class={`rating rating-${s.choice.rating}`}>{ui.rating[s.choice.rating]}</span>
              </li>
            ))}
          </ol>
          <button type="button" class="ds-button" data-variant="secondary" data-action="restart-scenario" onClick={() => controller.dispatch({ type: 'restart-scenario', scenarioId: scenario.id })}>
            {ui.restartScenario}
          </button>
        </div>
      )}
    </section>
  );
}
