import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../../course/schema/index.ts';
import { choiceOrder } from '../../state/order.ts';
import { decisionsLeft, traverse } from '../../state/scenario-engine.ts';
import { useApp, useView } from '../context.ts';
import { IllustrationView, InlineIllustration } from './illustration-view.tsx';
import { RichText } from './rich-text.tsx';

/**
 * A branching scenario told as a story, one scene at a time: the situation (with its people and
 * setting), the choice, then the consequence; at the ending the debrief and the path taken,
 * collapsed. Only the choices are course state (state.scenarios); whether the learner has read
 * the latest consequence is view state, so a resumed scenario opens at the current situation.
 * Each new scene moves focus to its heading (tabIndex −1), which a screen reader announces:
 * the old scene is gone, so focus must not be left on a removed button (WCAG 2.4.3).
 */
export function ScenarioBlock({ scenario }: { scenario: Scenario }) {
  const { ui, t, controller } = useApp();
  const { state } = useView();
  const run = state.scenarios[scenario.id];
  const { steps, current } = traverse(scenario, run?.path ?? []);
  // Consequences read so far; a choice beyond it shows its consequence before the next scene.
  const [read, setRead] = useState(steps.length);
  const seen = Math.min(read, steps.length);
  const pending = steps.length > seen ? steps[steps.length - 1] : undefined;
  // «Situasjon 2 av 3» only when every path from here is as long (scenario-engine.ts).
  const left = decisionsLeft(scenario, current.id);
  const scene = pending ? `c-${steps.length}` : current.kind === 'situation' ? `s-${current.id}-${steps.length}` : `e-${current.id}`;

  const heading = useRef<HTMLHeadingElement>(null);
  const shownScene = useRef(scene);
  const shownAt = useRef(Date.now());
  useEffect(() => {
    if (read > steps.length) setRead(steps.length); // restarted elsewhere (another tab, a reset)
  }, [read, steps.length]);
  // A layout effect: focus moves in the same task as the render that removed the focused control,
  // so there is no frame with focus on <body> and no key press can land there (WCAG 2.4.3).
  useLayoutEffect(() => {
    if (shownScene.current === scene) return; // first render: leave focus where the learner is
    shownScene.current = scene;
    shownAt.current = Date.now();
    heading.current?.focus();
  }, [scene]);

  return (
    <section class="scenario story" data-scenario={scenario.id} aria-labelledby={`sc-${scenario.id}`}>
      <h2 id={`sc-${scenario.id}`}><span class="eyebrow">{ui.scenario}</span> {t(scenario.title)}</h2>
      {pending ? (
        <div class="story-scene story-consequence" data-consequence={pending.choice.id}>
          <h3 tabIndex={-1} ref={heading}>{ui.consequence}</h3>
          <p class="story-choice"><span class="story-label">{ui.youChose}:</span> {t(pending.choice.text)}</p>
          {/* The scene the choice was made in, small and silent: its alt text was read with the situation. */}
          <InlineIllustration illustration={pending.node.illustration ?? scenario.illustration} class="story-picture story-thumb" />
          <RichText doc={t(pending.choice.consequence)} />
          <button type="button" class="ds-button" data-variant="primary" data-action="scenario-continue" onClick={() => setRead(steps.length)}>
            {current.kind === 'ending' ? ui.seeEnding : ui.continueStory} →
          </button>
        </div>
      ) : current.kind === 'situation' ? (
        <div class="story-scene story-situation" data-node={current.id}>
          {steps.length === 0 && scenario.intro && <div class="story-intro"><RichText doc={t(scenario.intro)} /></div>}
          <div class="story-body">
            <IllustrationView illustration={current.illustration ?? scenario.illustration} class="story-picture" />
            <div class="story-text">
              <h3 tabIndex={-1} ref={heading}>{ui.situation(steps.length + 1, steps.length + left)}</h3>
              <RichText doc={t(current.text)} />
            </div>
          </div>
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
        <div class={`story-scene scenario-ending outcome-${current.outcome}`} data-ending={current.id}>
          <h3 tabIndex={-1} ref={heading}>{ui.ending}: {t(current.title)}</h3>
          <p class="outcome-label">{ui.outcome[current.outcome]}</p>
          <RichText doc={t(current.text)} />
          <h3>{ui.debrief}</h3>
          <RichText doc={t(current.debrief)} />
          <details class="story-path">
            <summary>{ui.yourPath} ({ui.pathCount(steps.length)})</summary>
            <ol class="path">
              {steps.map((s) => (
                <li key={s.choice.id} data-path-choice={s.choice.id}>
                  <p>
                    <strong>{t(s.choice.text)}</strong> — <span class={`rating rating-${s.choice.rating}`}>{ui.rating[s.choice.rating]}</span>
                  </p>
                  <RichText doc={t(s.choice.consequence)} />
                </li>
              ))}
            </ol>
          </details>
          <button
            type="button"
            // .button is today's style, ds-button + data-variant Designsystemet's (issue 12, d1).
            class="ds-button"
            data-variant="secondary"
            data-action="restart-scenario"
            onClick={() => {
              setRead(0);
              controller.dispatch({ type: 'restart-scenario', scenarioId: scenario.id });
            }}
          >
            {ui.restartScenario}
          </button>
        </div>
      )}
    </section>
  );
}
