import { principleBank } from './principle-bank';
import { StoryBankPage, StoryEditorPage } from './story-bank-page';
import { PrincipleDrillPage } from './principle-drill-page';
import './story.css';
import '../mock/mock.css';

/** The story bank ("#/stories"), one story ("#/stories/<id>") and a principle's drill ("#/drill/<id>"). Loaded lazily. */
export default function StoryRoute({ storyId, drill }: { storyId?: string; drill?: string }) {
  const bank = principleBank();
  if (!bank.ok) {
    return (
      <section className="page" role="alert">
        <h1>The leadership principles could not be loaded</h1>
        <ul>
          {bank.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </section>
    );
  }
  if (drill) {
    const principle = bank.principles.find((p) => p.id === drill);
    if (!principle) return <p className="page" role="alert">There is no leadership principle called “{drill}”. <a href="#/stories">Back to the story bank</a></p>;
    return <PrincipleDrillPage key={drill} principle={principle} principles={bank.principles} />;
  }
  if (storyId) return <StoryEditorPage key={storyId} id={storyId} principles={bank.principles} />;
  return <StoryBankPage principles={bank.principles} />;
}
