import { ui } from '../i18n/id';
import { CLASS_KITS, kitsForMaterials, type ClassKit } from '../lib/print/class-kits';
import { getLessons, type Lesson } from './lessons';

/** The lessons whose scripts each card kit is taken from. */
const CARD_KIT_LESSONS: Partial<Record<ClassKit, string[]>> = {
	'kartu-keadaan-fase-a': ui['kartu.keadaan']['fase-a'].map((s) => s.lesson),
	'kartu-keadaan-fase-b': ui['kartu.keadaan']['fase-b'].map((s) => s.lesson),
	'kartu-keadaan-pesantren': ui['kartu.keadaan'].pesantren.map((s) => s.lesson),
	'kartu-peran-fase-b': ui['kartu.peran']['fase-b'].map((s) => s.lesson),
	'kartu-peran-pesantren': ui['kartu.peran'].pesantren.map((s) => s.lesson),
};

/**
 * The kits a lesson asks for: in its materials, in its notes (the kartu tolong), or the card kits
 * whose cards come from its script; in kit order.
 */
export function lessonKits(lesson: Lesson): ClassKit[] {
	const kits = new Set(kitsForMaterials(lesson.data.materials));
	if (/kartu tolong/i.test(lesson.body ?? '')) kits.add('kartu-tolong');
	for (const [kit, lessons] of Object.entries(CARD_KIT_LESSONS))
		if (lessons.includes(lesson.id)) kits.add(kit as ClassKit);
	return CLASS_KITS.filter((kit) => kits.has(kit));
}

/** The lessons that use a kit, in lesson order. */
export async function getKitLessons(kit: ClassKit): Promise<Lesson[]> {
	return (await getLessons()).filter((lesson) => lessonKits(lesson).includes(kit));
}
