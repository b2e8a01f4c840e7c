import { TextArea, TextField } from "@/components/form/fields";

/** Title, description and the optional story itself: shared by the add and change forms. */
export function StoryFields({ story }: { story?: { title: string; description: string; attachedText: string } }) {
  return (
    <>
      <TextField
        name="title"
        label="Title"
        hint="A few words you will recognise, for example “Leaving care at 18”."
        maxLength={120}
        defaultValue={story?.title}
      />
      <TextArea
        name="description"
        label="Short description (optional)"
        hint="What it is about, in a sentence or two. Coordinators of your partnership can see this."
        rows={3}
        maxLength={1000}
        defaultValue={story?.description}
      />
      <TextArea
        name="attachedText"
        label="The story itself (optional)"
        hint="Only if you want us to keep it here. You do not have to: the title and description are enough. Coordinators of your partnership could read it."
        rows={6}
        maxLength={20000}
        defaultValue={story?.attachedText}
      />
    </>
  );
}
