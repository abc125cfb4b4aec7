import { describe, expect, it } from 'vitest';
import { auIri, objectiveIri, renderCmi5Xml } from '../../../packaging/cmi5/cmi5-xml.ts';
import { validateCmi5Xml } from '../../../packaging/cmi5/validate-cmi5-xml.ts';
import { renderTincanXml } from '../../../packaging/xapi/tincan-xml.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { iri } from '../../../src/tracking/xapi/activities.ts';
import { fixtureCourse } from '../tracking/xapi/fixture-course.ts';

describe('tincan.xml', () => {
  it('names the course activity (id, type, nb name and description) and its relative launch file', () => {
    const text = renderTincanXml(fixtureCourse, 'index.html');
    expect(text).toContain('<tincan xmlns="http://projecttincan.com/tincan.xsd">');
    expect(text).toContain('<activity id="https://kurs.example/test-kurs" type="http://adlnet.gov/expapi/activities/course">');
    expect(text).toContain('<name lang="nb">Testkurs &amp; «ledelse»</name>');
    expect(text).toContain('<description lang="nb">Et kurs &lt;for&gt; tester.</description>');
    expect(text).toContain('<launch lang="nb">index.html</launch>');
    expect(text).not.toMatch(/endpoint|auth|password/i);
  });
});

describe('cmi5.xml', () => {
  it('is valid against the cmi5 CourseStructure.xsd, for the fixture and for the real course', async () => {
    for (const course of [fixtureCourse, await loadValidCourse(process.cwd())]) {
      const check = await validateCmi5Xml(renderCmi5Xml(course, 'index.html'));
      expect(check.errors).toEqual([]);
      expect(check.valid).toBe(true);
    }
  });

  it('has the course, every expectation as an objective, one AU with moveOn, masteryScore 0.8, OwnWindow', () => {
    const text = renderCmi5Xml(fixtureCourse, 'index.html');
    expect(text).toContain('<course id="https://kurs.example/test-kurs">');
    for (const o of fixtureCourse.meta.objectives) {
      expect(text).toContain(`<objective id="${objectiveIri(fixtureCourse, o.id)}">`);
      expect(text).toContain(`<objective idref="${objectiveIri(fixtureCourse, o.id)}"/>`);
      // The objectives in cmi5.xml are the objective activities the statements use.
      expect(objectiveIri(fixtureCourse, o.id)).toBe(iri.objective(fixtureCourse.meta.id, o.id));
    }
    expect(text).toContain(`<au id="${auIri(fixtureCourse)}" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="OwnWindow">`);
    expect(text).toContain('<url>index.html</url>');
    expect(text).toContain('<langstring lang="nb">Testkurs &amp; «ledelse»</langstring>');
  });

  it('the validator catches a broken document (the check can fail)', async () => {
    const broken = renderCmi5Xml(fixtureCourse, 'index.html').replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"');
    expect((await validateCmi5Xml(broken)).valid).toBe(false);
  });
});
