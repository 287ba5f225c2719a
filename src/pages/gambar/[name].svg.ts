import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getPicture, pictureFile } from '../../lib/pictures/registry';
import { quizPictures } from '../../lib/quiz/pictures-used';

/*
 * Every picture a quiz shows, as a file of its own. A quiz page loads only the pictures of the question
 * on screen, and a picture two quizzes share is downloaded once.
 */
export const getStaticPaths = (async () => {
	const quizzes = await getCollection('quizzes');
	const names = new Set(quizzes.flatMap((quiz) => quizPictures(quiz.data.questions)));
	return [...names].sort().map((name) => ({ params: { name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const picture = getPicture(params.name ?? '');
	if (!picture) throw new Error(`Gambar "${params.name}" tidak ada.`);
	return new Response(pictureFile(picture), { headers: { 'Content-Type': 'image/svg+xml' } });
};
