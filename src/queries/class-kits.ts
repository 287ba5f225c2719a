import { kitsForMaterials, type ClassKit } from '../lib/print/class-kits';
import { getLessons, type Lesson } from './lessons';

/** The kits a lesson asks for: in its materials, or (the kartu tolong) in its notes. */
export function lessonKits(lesson: Lesson): ClassKit[] {
	const kits = kitsForMaterials(lesson.data.materials);
	if (/kartu tolong/i.test(lesson.body ?? '') && !kits.includes('kartu-tolong'))
		kits.push('kartu-tolong');
	return kits;
}

/** The lessons that use a kit, in lesson order. */
export async function getKitLessons(kit: ClassKit): Promise<Lesson[]> {
	return (await getLessons()).filter((lesson) => lessonKits(lesson).includes(kit));
}
