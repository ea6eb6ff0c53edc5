import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrinciplesFolder } from '../../../src/cli/load-problems';
import { PRINCIPLE_IDS, parsePrinciples } from '../../../src/problems/principles';
import { reviewStory } from '../../../src/review/story/story-review';
import { readStory } from '../../../src/review/story/story-text';
import { rolesOf } from '../../../src/review/story/story-roles';

const bank = parsePrinciples(readPrinciplesFolder());
if (!bank.ok) throw new Error(bank.errors.join('\n'));
const principles = bank.principles;
const story = (name: string) => readFileSync(join(import.meta.dirname, name), 'utf8');

describe('principle bank', () => {
  it('holds all 16 principles with a meaning, 3+ questions and probes', () => {
    expect(principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    for (const p of principles) {
      expect(p.questions.length).toBeGreaterThanOrEqual(3);
      expect(p.probes.length).toBeGreaterThanOrEqual(2);
    }
  });
  it('names the file, field and line of a bad file', () => {
    const files = readPrinciplesFolder();
    files['ownership.json'] = files['ownership.json'].replace(/"questions": \[[^\]]*\]/, '"questions": ["Only one?"]');
    const result = parsePrinciples(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^problems\/principles\/ownership\.json: questions \(line \d+\): give at least 3 questions/);
  });
  it('says which principle file is missing', () => {
    const files = readPrinciplesFolder();
    delete files['frugality.json'];
    const result = parsePrinciples(files);
    expect(!result.ok && result.errors).toEqual(['problems/principles/frugality.json: file is missing']);
  });
});

describe('reading a story', () => {
  it('keeps the field each sentence was written under', () => {
    const s = readStory('**Situation:** We had 200 tickets a week.\n\n## Result\n- Tickets dropped to 50.\n\nR: The customer renewed.');
    expect(s.map((x) => [x.label, x.text])).toEqual([
      ['situation', 'We had 200 tickets a week.'],
      ['result', 'Tickets dropped to 50.'],
      ['result', 'The customer renewed.'],
    ]);
  });
  it('reads bold one-letter fields and the other names people give the fields', () => {
    const s = readStory('**S:** We had 2 stars.\n\n**The task:** Get to 4.\n\nWhat I did: I read 500 reviews.\n\nResult / Impact: The rating went from 2.1 to 4.0.\n\nKey learnings - Read the reviews.');
    expect(s.map((x) => x.label)).toEqual(['situation', 'task', 'action', 'result', 'learning']);
    expect(s[0].text).toBe('We had 2 stars.');
  });
  it('does not take a sentence starting "A customer" for an Action field', () => {
    expect(readStory('A customer called me.')[0].label).toBeUndefined();
  });
});

describe('story review', () => {
  it('finds every part of a strong story with its sentence', () => {
    const r = reviewStory(story('strong.md'), principles);
    expect(r.complete).toBe(true);
    expect(r.parts.situation.evidence).toMatch(/^Last year I was the PM/);
    expect(r.parts.task.evidence).toMatch(/^My goal for the quarter/);
    expect(r.parts.result.evidence).toMatch(/^Refund time dropped/);
    expect(r.parts.learning.evidence).toMatch(/^I learned/);
    expect(r.metrics).toEqual(['Refund time dropped from 9 days to 3', 'refund-related contacts fell by 40%']);
    expect(r.firstPersonShare).toBeGreaterThanOrEqual(0.7);
    expect(r.principles.length).toBeGreaterThanOrEqual(1);
    expect(r.principles.length).toBeLessThanOrEqual(3);
    for (const p of r.principles) expect(story('strong.md')).toContain(p.evidence[0]);
  });
  it('names the principle a story shows through what the candidate did, not what others did', () => {
    const text = 'At Acme checkout errors doubled overnight. I was on call. I dug into the logs myself, I traced the errors to one bad deploy, and I found the root cause in a config change. We rolled it back within an hour, and errors went back to 0.1 percent.';
    expect(reviewStory(text, principles).principles[0].id).toBe('dive-deep');
    const pushed = 'At Acme my manager wanted to ship without a security review. My job was the launch. I disagreed and I pushed back in the planning meeting with the audit data, and I escalated to the director. We delayed by a week and passed the audit with zero findings.';
    expect(reviewStory(pushed, principles).principles.map((p) => p.id)).toContain('have-backbone-disagree-and-commit');
  });
  it('does not take a feeling for a result, and asks for "I"', () => {
    const r = reviewStory(story('we-feeling.md'), principles);
    expect(r.parts.result.present).toBe(false);
    expect(r.parts.result.note).toMatch(/feeling/);
    expect(r.complete).toBe(false);
    expect(r.firstPersonShare).toBe(0);
    expect(r.advice.join(' ')).toMatch(/What did you personally do/);
  });
  it('does not count numbers in the situation as outcomes', () => {
    const r = reviewStory('We had 400 tickets a week and churn was 8%. I was asked to fix onboarding. I interviewed ten customers and I rewrote the welcome email. The new email went out to everyone.', principles);
    expect(r.metrics).toEqual([]);
    expect(r.parts.result.present).toBe(false);
  });
  it('counts a launch on the date as a result without a number, and asks for one', () => {
    const r = reviewStory('At Acme our partners needed a new API before the holidays. My job was to get it out by December 1. I cut the scope to three endpoints and I ran the beta myself. We launched on December 1 as promised.', principles);
    expect(r.parts.result.present).toBe(true);
    expect(r.metrics).toEqual([]);
    expect(r.advice[0]).toMatch(/one number/);
  });
  it('times the story at 140 words a minute', () => {
    const r = reviewStory(Array.from({ length: 280 }, () => 'word').join(' ') + '.', principles);
    expect(r.words).toBe(280);
    expect(r.seconds).toBe(120);
  });
  it('says when it cannot tell who acted', () => {
    const r = reviewStory('Good times.', principles);
    expect(r.cannotTell.join(' ')).toMatch(/Who did what/);
    expect(r.cannotTell.join(' ')).toMatch(/too short/);
  });
});

describe('who acted and what was measured, as a coach counts them', () => {
  const share = (text: string) => reviewStory(text, principles);
  it("counts someone else's step among the candidate's as an action that is not theirs, but not the scene or an epilogue", () => {
    const r = share(
      'At a clinic software company our largest account wanted a custom module. My job was to keep the roadmap focused. I offered them an API instead, and I wrote the proposal with our tech lead. The engineers built the API in six weeks. Their billing vendor integrated in a month. They renewed for two years. The vendor later added a second product.',
    );
    expect(r.actions.map((a) => a.actor)).toEqual(['i', 'we', 'other']);
    expect(r.firstPersonShare).toBe(0.33);
    expect(r.actions.map((a) => a.text)).not.toContain('The vendor later added a second product.');
  });
  it('does not count what someone else said, felt or still did as their step', () => {
    const r = share('At a bank customers still sent forms by fax. I was the PM. I built an upload page. He said it was fine. Everyone was relieved. The upload page went live on March 1.');
    expect(r.actions.map((a) => a.actor)).toEqual(['i']);
  });
  it('reads a story told in the present as actions', () => {
    const r = share('I am the PM at a delivery startup and my job is to cut missed orders. So I go to three kitchens and I watch the tablets. I tell my boss the alert is too quiet. She agrees to swap the priorities. We ship a louder alert and missed orders drop from 6% to 1.5%.');
    expect(r.parts.action.present).toBe(true);
    expect(r.firstPersonShare).toBe(0.67);
    expect(r.metrics).toEqual(['missed orders drop from 6% to 1.5%']);
  });
  it('quotes each outcome of a list on its own, and keeps an aside with its outcome', () => {
    const r = share('I was the PM for pricing. My goal was more paid signups. I ran a four-week test. Paid signups grew 27% in the quarter, conversion went from 2.1% to 2.8%, and refunds stayed flat. The bill dropped to $2.6M, a 35% cut.');
    expect(r.metrics).toEqual(['Paid signups grew 27% in the quarter', 'conversion went from 2.1% to 2.8%', 'The bill dropped to $2.6M, a 35% cut']);
  });
  it('counts time won, adoption and a target met as measures, not scope, a rollout time or "more than half"', () => {
    const r = share('At a music app about a third of our boxes were more than half air. My goal was lyrics in twelve markets. I ran the licensing. We rolled it out over two weeks. We launched in all twelve markets a week before the album came out, three other teams used the same pipeline within the year, and error stayed within our 5% target.');
    expect(r.metrics).toEqual(['We launched in all twelve markets a week before the album came out', 'three other teams used the same pipeline within the year', 'error stayed within our 5% target']);
  });
  it('tells a lesson from a finding told with "learned"', () => {
    const r = share('I was the PM for permits. I owned the launch. I met the clerks, and I learned that 80 percent of applications used three forms. We went live on July 1. We learned that you should look at your own usage first.');
    expect(r.parts.learning.evidence).toBe('We learned that you should look at your own usage first.');
    expect(r.actions.map((a) => a.text)).toContain('I met the clerks, and I learned that 80 percent of applications used three forms.');
  });
  it('reads "was halved" and "by Q4 … had adopted" as measures, and a change among the steps as a step', () => {
    const r = share('At a SaaS firm onboarding took four weeks. My goal was to cut it. I wrote a checklist. A fix was rolled out, and the setup time was cut to five minutes. We also called every new customer. Onboarding time was halved. By Q4, 12 of our 15 enterprise customers had adopted the new API.');
    expect(r.metrics).toEqual(['Onboarding time was halved', 'By Q4, 12 of our 15 enterprise customers had adopted the new API']);
    expect(r.actions.map((a) => a.actor)).toEqual(['i', 'passive', 'we']);
  });

  it('counts a joint step ("my team and I", "me and my lead") with the team, and "I had the engineers fix…" as mine', () => {
    const r = share('At a food delivery app onboarding took 21 days. My manager gave me the goal to make it under a week. Me and my lead mapped every step. I had the engineers fix the bank form first. My team and I removed two screens. So I said: let\'s type the menus ourselves. Onboarding took 5 days instead of 21 days.');
    expect(r.parts.task.present).toBe(true);
    expect(r.actions.map((a) => a.actor)).toEqual(['we', 'i', 'we', 'i']);
    expect(r.firstPersonShare).toBe(0.5);
    expect(r.metrics).toEqual(['Onboarding took 5 days instead of 21 days']);
  });
  it('reads notes under an Action field without "I" as the teller\'s steps, and not elsewhere', () => {
    const fields = share('Situation: B2B invoicing, churn creeping up.\nTask: find why and fix it by year end.\nAction: Pulled cancellation reasons. Called 25 churned accounts. Engineering built multi-currency support.\nResult: monthly churn fell from 2.4% to 1.6%. Two big accounts came back.');
    expect(fields.actions.map((a) => a.actor)).toEqual(['i', 'i', 'we']);
    expect(fields.metrics).toEqual(['monthly churn fell from 2.4% to 1.6%', 'Two big accounts came back']);
    const prose = share('I was the PM for pricing. My goal was more paid signups. I ran a four-week test. Paid signups grew 27% in the quarter.');
    expect(prose.metrics).toEqual(['Paid signups grew 27% in the quarter']);
  });
  it('does not take a staged rollout, a finding or a domain "lesson" for an outcome or a lesson', () => {
    const r = share('I was the first PM at a language app, and daily users had stalled at 200k. Leadership wanted growth from existing users. I saw that users who finished a lesson on day one came back three times more. I shortened the first lesson to two minutes. It was rolled out to 10% of users first. Day-seven retention went from 18% to 24%, and the deal was worth $1.2M a year.');
    expect(r.parts.task.present).toBe(true);
    expect(r.parts.learning.present).toBe(false);
    expect(r.actions.map((a) => a.actor)).toEqual(['i', 'i', 'passive']);
    expect(r.metrics).toEqual(['Day-seven retention went from 18% to 24%', 'the deal was worth $1.2M a year']);
  });
  it('reads a step told through "was" ("my first step was…", "it was me who…") and a decision as the teller\'s', () => {
    const r = share('At a bank our loan form lost half its applicants. My goal was to win them back. My first step was to interview ten applicants. I decided to cut the form to one page. It was me who called the regulator. I was able to get the budget approved. Completed applications rose from 40% to 65%.');
    expect(r.actions.map((a) => a.actor)).toEqual(['i', 'i', 'i', 'i']);
    expect(r.firstPersonShare).toBe(1);
  });
  it('reads a passive in the scene, before the goal and the first step, as how things were, not a step', () => {
    const r = share('I got our CFO to fund a refund tool. I was the PM for support tools at a travel company. Refunds were handled by agents and each took 20 minutes. I wanted approval this quarter. I built a cost model. The tool was built by the platform team. She approved the budget in the next review.');
    expect(r.actions.map((a) => a.actor)).toEqual(['i', 'i', 'passive']);
  });
  it('quotes measures told with "added", "over target", "within six weeks … had switched", "now below"', () => {
    const r = share('At a marketplace our seller tool was slow. My goal was to move sellers to the new tool. I ran weekly demos. Conversion doubled, and we added 3,000 paying sellers in the first quarter. We closed the quarter at $4.2M in new revenue, 12% over target. Within six weeks, 80% of sellers had switched to the new tool. The error rate is now below 0.1%.');
    expect(r.metrics).toEqual(['Conversion doubled', 'we added 3,000 paying sellers in the first quarter', 'We closed the quarter at $4.2M in new revenue, 12% over target', 'Within six weeks, 80% of sellers had switched to the new tool', 'The error rate is now below 0.1%']);
  });
  it('hears a goal stated in many ways, and not in a step', () => {
    const goals = ['The mandate from my VP: no more missed SLAs.', 'I had three months to cut the cloud bill by a quarter.', 'The expectation was that I would bring churn under 2%.', 'It fell to me to sort it out.', 'Success meant getting the audit passed by March.', 'I set myself the goal of halving the response time.', 'I was handed the project after the previous PM left.', 'Fixing this became my top priority.', 'My brief was simple: get the rating above 4.5.'];
    for (const g of goals) expect(rolesOf(g).task, g).toBe(true);
    for (const step of ['I had the engineers fix the address form.', 'I called the top 20 accounts.', 'We shipped the fix on Thursday.']) expect(rolesOf(step).task, step).toBe(false);
  });
  it('does not count talk to the interviewer or a feeling told with "was" as a step', () => {
    for (const aside of ['I told you it was messy.', 'I have to say the designers did amazing work.', 'I was really frustrated with the vendor.']) expect(rolesOf(aside).actor, aside).toBeUndefined();
    expect(rolesOf('I spoke to each of the twelve customers in person.').actor).toBe('i');
  });
});
