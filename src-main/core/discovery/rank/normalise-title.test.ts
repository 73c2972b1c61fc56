import { describe, expect, it } from 'vitest';
import { normaliseTitle, tokenise } from './normalise-title';

describe('normaliseTitle', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normaliseTitle('Amélie')).toBe('amelie');
    expect(normaliseTitle('LÉON')).toBe('leon');
    expect(normaliseTitle('Crouching Tiger, Hidden Dragon')).toBe('crouching tiger hidden dragon');
    expect(normaliseTitle('Mission: Impossible – Dead Reckoning Part One')).toBe(
      'mission impossible dead reckoning part 1',
    );
    expect(normaliseTitle('Die Straße')).toBe('strasse');
    expect(normaliseTitle('Spider-Man: No Way Home')).toBe('spider man no way home');
  });

  it('treats "&" and "and" alike', () => {
    expect(normaliseTitle('Fast & Furious')).toBe(normaliseTitle('Fast and Furious'));
    expect(normaliseTitle('Deadpool & Wolverine')).toBe('deadpool and wolverine');
  });

  it('writes roman numerals as digits', () => {
    expect(normaliseTitle('Rocky IV')).toBe('rocky 4');
    expect(normaliseTitle('The Godfather Part II')).toBe('godfather part 2');
    expect(normaliseTitle('Star Wars: Episode IV – A New Hope')).toBe('star wars episode 4 a new hope');
    expect(normaliseTitle('Ghostbusters II')).toBe('ghostbusters 2');
    expect(normaliseTitle('Rocky XIX')).toBe('rocky 19');
  });

  it('reads a lone I, V or X as a number only after words like Part or Episode', () => {
    expect(normaliseTitle('Star Wars: Episode I – The Phantom Menace')).toBe(
      'star wars episode 1 the phantom menace',
    );
    expect(normaliseTitle('Kill Bill: Vol. 1')).toBe(normaliseTitle('Kill Bill Vol. I'));
    expect(normaliseTitle('I, Robot')).toBe('i robot');
    expect(normaliseTitle('V for Vendetta')).toBe('v for vendetta');
    expect(normaliseTitle('Malcolm X')).toBe('malcolm x');
    // Words made of the same letters are not numerals.
    expect(normaliseTitle('Vivid Civil Mix')).toBe('vivid civil mix');
  });

  it('writes "Part Two" as "Part 2", as the numerals are', () => {
    expect(normaliseTitle('Dune: Part Two')).toBe('dune part 2');
    expect(normaliseTitle('Dune Part II')).toBe('dune part 2');
  });

  it('drops a leading article, in English and the common other languages', () => {
    expect(normaliseTitle('The Lion King')).toBe('lion king');
    expect(normaliseTitle('A Quiet Place')).toBe('quiet place');
    expect(normaliseTitle('An American Werewolf in London')).toBe('american werewolf in london');
    expect(normaliseTitle('Das Boot')).toBe('boot');
    expect(normaliseTitle('Die fabelhafte Welt der Amélie')).toBe('fabelhafte welt der amelie');
    expect(normaliseTitle('Les Misérables')).toBe('miserables');
    expect(normaliseTitle('La Haine')).toBe('haine');
    expect(normaliseTitle("L'Avventura")).toBe('avventura');
    expect(normaliseTitle('El laberinto del fauno')).toBe('laberinto del fauno');
    expect(normaliseTitle('Los Olvidados')).toBe('olvidados');
    expect(normaliseTitle('Il Postino')).toBe('postino');
  });

  it('keeps articles that are not leading, and a title that is only an article', () => {
    expect(normaliseTitle('Mufasa: The Lion King')).toBe('mufasa the lion king');
    expect(normaliseTitle('The')).toBe('the');
  });

  it('joins a possessive, splits an elision', () => {
    expect(normaliseTitle("Pan's Labyrinth")).toBe(normaliseTitle('Pans Labyrinth'));
    expect(normaliseTitle("Le Fabuleux Destin d'Amélie Poulain")).toBe('fabuleux destin d amelie poulain');
  });

  it('keeps scripts without Latin letters', () => {
    expect(normaliseTitle('卧虎藏龙')).toBe('卧 虎 藏 龙');
    expect(normaliseTitle('기생충')).toBe('기생충');
    expect(normaliseTitle('Сталкер')).toBe('сталкер');
  });
});

describe('tokenise', () => {
  it('keeps where each word is, and what separates it from the one before', () => {
    const text = 'Alien: Romulus | Official Trailer';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.norm)).toEqual(['alien', 'romulus', 'official', 'trailer']);
    expect(tokens.map((t) => t.sep)).toEqual(['start', 'colon', 'hard', 'space']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('Romulus');
  });

  it('marks possessives, which do not start another title', () => {
    const tokens = tokenise("David Lynch's Dune");
    expect(tokens.map((t) => t.possessive)).toEqual([false, true, false]);
  });
});
