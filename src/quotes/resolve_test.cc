#include "quotes/resolve.h"

#include <gtest/gtest.h>

#include "quotes/model.h"
#include "quotes/quotes.h"

namespace newsgraph::quotes {
namespace {

Document WithMentions(const std::string& text) {
  Document d(text, ArticleMeta{});
  return d;
}

void AddMention(Document* d, const std::string& surface, int32_t entity, const std::string& type,
                MentionKind kind = MentionKind::kName, size_t from = 0) {
  size_t b = d->text().find(surface, from);
  ASSERT_NE(b, std::string::npos);
  Mention m;
  m.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + surface.size())};
  m.entity = entity;
  m.type = type;
  m.kind = kind;
  d->mentions.push_back(m);
}

// Entities of the given kinds, in order (their ids are their indices).
void SetEntities(Document* d, std::initializer_list<const char*> types) {
  for (const char* t : types) d->entities.emplace_back().type = t;
}

Span SpanOf(const std::string& text, const std::string& s, size_t from = 0) {
  size_t b = text.find(s, from);
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + s.size())};
}

TEST(ResolveTest, HeadOfTheSourceWinsAndPronounsTakeThePreviousSpeaker) {
  std::string t =
      "Senator Ana Ruiz's spokesman said the bill was dead. Ana Ruiz, who met Paul Lee, said "
      "it was. \"We will try again next year,\" she added.";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON", "PERSON", "PERSON"});
  AddMention(&d, "Ana Ruiz", 0, "PERSON");
  AddMention(&d, "spokesman", 1, "PERSON", MentionKind::kTitle);
  AddMention(&d, "Ana Ruiz", 0, "PERSON", MentionKind::kName, 40);
  AddMention(&d, "Paul Lee", 2, "PERSON");
  auto span_of = [&](const std::string& s, size_t from = 0) { return SpanOf(t, s, from); };
  // "Senator Ana Ruiz's spokesman": the spokesman, not Ruiz.
  EXPECT_EQ(EntityForSpan(d, span_of("Senator Ana Ruiz's spokesman")), 1);
  // "Ana Ruiz, who met Paul Lee": Ruiz, not Lee.
  EXPECT_EQ(EntityForSpan(d, span_of("Ana Ruiz, who met Paul Lee", 40)), 0);
  Quote q1, q2;
  q1.source = span_of("Ana Ruiz, who met Paul Lee", 40);
  q2.source = span_of("she");
  d.quotes = {q1, q2};
  ResolveSpeakers(&d, {std::nullopt, std::nullopt});
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(d.quotes[1].speaker, 0);
}

TEST(ResolveTest, APossessorSpeaksOnlyThroughItsVoices) {
  std::string t =
      "Several of the mayor's advisers said the plan was dead. The mayor's office said it "
      "was not.";
  Document d = WithMentions(t);
  d.entities.resize(1);
  AddMention(&d, "the mayor", 0, "PERSON", MentionKind::kTitle);
  AddMention(&d, "The mayor", 0, "PERSON", MentionKind::kTitle);
  auto span_of = [&](const std::string& s, size_t from = 0) { return SpanOf(t, s, from); };
  // The advisers speak for themselves; the office speaks for the mayor.
  EXPECT_EQ(EntityForSpan(d, span_of("Several of the mayor's advisers")), -1);
  EXPECT_EQ(EntityForSpan(d, span_of("The mayor's office")), 0);
  Document s = WithMentions("The mayor's speech promised lower taxes.");
  s.entities.resize(1);
  AddMention(&s, "The mayor", 0, "PERSON", MentionKind::kTitle);
  EXPECT_EQ(EntityForSpan(s, Span{0, 18}), 0);  // "The mayor's speech": her words
  Document n = WithMentions("The mayor's long-awaited report found nothing.");
  n.entities.resize(1);
  AddMention(&n, "The mayor", 0, "PERSON", MentionKind::kTitle);
  EXPECT_EQ(EntityForSpan(n, Span{0, 31}), 0);  // the head, "report", is her voice
}

TEST(ResolveTest, NotAStateInParenthesesButANameInApposition) {
  std::string t = "Rep. Ana Ruiz (R-Fla.) said no. Their attorney, Paul Lee, told the court.";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON", "GPE", "PERSON"});
  AddMention(&d, "Ana Ruiz", 0, "PERSON");
  AddMention(&d, "Fla.", 1, "GPE");
  AddMention(&d, "Paul Lee", 2, "PERSON");
  EXPECT_EQ(EntityForSpan(d, SpanOf(t, "Rep. Ana Ruiz (R-Fla.)")), 0);
  EXPECT_EQ(EntityForSpan(d, SpanOf(t, "Their attorney, Paul Lee")), 2);
}

TEST(ResolveTest, NoMentionLeavesTheSpeakerUnresolved) {
  Document d = WithMentions("Officials said the road would close.");
  Quote q;
  q.source = Span{0, 9};
  d.quotes = {q};
  ResolveSpeakers(&d, {std::nullopt});
  EXPECT_EQ(d.quotes[0].speaker, -1);
}

// A parsed document from "word/XPOS/UPOS/relation/head" items (head: index in the item list,
// -1 for the root); a "." item closes a sentence.
Document Parsed(const std::vector<std::string>& items) {
  std::string text;
  std::vector<Token> tokens;
  std::vector<TokenSyntax> syntax;
  for (const std::string& item : items) {
    std::vector<std::string> f;
    size_t from = 0;
    for (size_t slash; (slash = item.find('/', from)) != std::string::npos; from = slash + 1)
      f.push_back(item.substr(from, slash - from));
    f.push_back(item.substr(from));
    if (!text.empty()) text += ' ';
    Token t;
    t.span =
        Span{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + f[0].size())};
    text += f[0];
    tokens.push_back(t);
    TokenSyntax s;
    s.xpos = f[1];
    s.upos = f[2];
    s.deprel = f[3];
    s.head = std::stoi(f[4]);
    syntax.push_back(s);
  }
  Document d(text, ArticleMeta{});
  d.tokens = tokens;
  d.syntax = syntax;
  uint32_t first = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (d.Surface(tokens[i].span) != "." && i + 1 < tokens.size()) continue;
    d.sentences.push_back(
        Sentence{Span{tokens[first].span.begin, tokens[i].span.end}, first, i + 1, 0});
    first = i + 1;
  }
  return d;
}

// The speaker ResolveSpeakers gives a quote whose source is the `nth` occurrence of `source`.
int32_t SpeakerOf(Document d, const std::string& source, int nth = 0) {
  size_t at = d.text().find(source);
  for (int k = 0; k < nth; ++k) at = d.text().find(source, at + 1);
  Quote q;
  q.source = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + source.size())};
  d.quotes = {q};
  ResolveSpeakers(&d, {std::nullopt});
  return d.quotes[0].speaker;
}

TEST(ResolveTest, TheyAndItStandForTheLastSubjectThatAgreesWhenABodyHoldsIt) {
  // "The Saudis denied it . They also said ...": the group of people named as the subject.
  Document saudis =
      Parsed({"The/DT/DET/det/1", "Saudis/NNPS/PROPN/nsubj/2", "denied/VBD/VERB/root/-1",
              "it/PRP/PRON/obj/2", "./././punct/2", "They/PRP/PRON/nsubj/7", "also/RB/ADV/advmod/7",
              "said/VBD/VERB/root/-1", "./././punct/7"});
  saudis.entities.resize(1);
  AddMention(&saudis, "Saudis", 0, "NORP");
  EXPECT_EQ(SpeakerOf(saudis, "They"), 0);
  // "The ministry ... It said": an organisation for "it"; "They" does not agree with it.
  Document ministry =
      Parsed({"The/DT/DET/det/1", "ministry/NN/NOUN/nsubj/2", "spoke/VBD/VERB/root/-1",
              "./././punct/2", "It/PRP/PRON/nsubj/5", "said/VBD/VERB/root/-1", "./././punct/5",
              "They/PRP/PRON/nsubj/8", "said/VBD/VERB/root/-1", "./././punct/8"});
  ministry.entities.resize(1);
  AddMention(&ministry, "ministry", 0, "ORG");
  EXPECT_EQ(SpeakerOf(ministry, "It"), 0);
  EXPECT_EQ(SpeakerOf(ministry, "They"), -1);
}

TEST(ResolveTest, TheyWithNoNamedBodyIsNoOne) {
  // "Opponents of Ruizcorp sued . They said ...": the opponents, not the company.
  Document opponents =
      Parsed({"Opponents/NNS/NOUN/nsubj/3", "of/IN/ADP/case/2", "Ruizcorp/NNP/PROPN/nmod/0",
              "sued/VBD/VERB/root/-1", "./././punct/3", "They/PRP/PRON/nsubj/6",
              "said/VBD/VERB/root/-1", "./././punct/6"});
  opponents.entities.resize(1);
  AddMention(&opponents, "Ruizcorp", 0, "ORG");
  EXPECT_EQ(SpeakerOf(opponents, "They"), -1);
  // "Ana Ruiz and Paul Lee left . They said ...": two persons, not one of them.
  Document pair =
      Parsed({"Ana/NNP/PROPN/compound/1", "Ruiz/NNP/PROPN/nsubj/5", "and/CC/CCONJ/cc/4",
              "Paul/NNP/PROPN/compound/4", "Lee/NNP/PROPN/conj/1", "left/VBD/VERB/root/-1",
              "./././punct/5", "They/PRP/PRON/nsubj/8", "said/VBD/VERB/root/-1", "./././punct/8"});
  pair.entities.resize(2);
  AddMention(&pair, "Ana Ruiz", 0, "PERSON");
  AddMention(&pair, "Paul Lee", 1, "PERSON");
  EXPECT_EQ(SpeakerOf(pair, "They"), -1);
  // "we" and "you" outside a quotation are the writer and the reader.
  Document we = Parsed({"Ruizcorp/NNP/PROPN/nsubj/1", "left/VBD/VERB/root/-1", "./././punct/1",
                        "We/PRP/PRON/nsubj/4", "said/VBD/VERB/root/-1", "./././punct/4"});
  we.entities.resize(1);
  AddMention(&we, "Ruizcorp", 0, "ORG");
  EXPECT_EQ(SpeakerOf(we, "We"), -1);
}

TEST(ResolveTest, ARelativePronounIsTheNounItsClauseModifies) {
  // "Ana Ruiz , who said ..." and "Lee is a senator who said ...".
  Document d = Parsed({"Ana/NNP/PROPN/compound/1", "Ruiz/NNP/PROPN/nsubj/7", ",/,/PUNCT/punct/4",
                       "who/WP/PRON/nsubj/4", "said/VBD/VERB/acl:relcl/1", "no/DT/DET/det/6",
                       "more/JJR/ADJ/obj/4", "left/VBD/VERB/root/-1", "./././punct/7",
                       "Lee/NNP/PROPN/nsubj/12", "is/VBZ/AUX/cop/12", "a/DT/DET/det/12",
                       "senator/NN/NOUN/root/-1", "who/WP/PRON/nsubj/14",
                       "said/VBD/VERB/acl:relcl/12", "./././punct/12"});
  SetEntities(&d, {"PERSON", "PERSON"});
  AddMention(&d, "Ana Ruiz", 0, "PERSON");
  AddMention(&d, "Lee", 1, "PERSON");
  EXPECT_EQ(SpeakerOf(d, "who"), 0);
  EXPECT_EQ(SpeakerOf(d, "who", 1), 1);
}

TEST(ResolveTest, AModifierSpeaksOnlyThroughItsVoicesOrItsPeople) {
  // "Some Ruiz defenders ; a Ruiz spokesman on Sunday ; GOP leaders ; GOP critics"
  Document d = Parsed({"Some/DT/DET/det/2", "Ruiz/NNP/PROPN/compound/2",
                       "defenders/NNS/NOUN/root/-1", "./././punct/2", "a/DT/DET/det/6",
                       "Ruiz/NNP/PROPN/compound/6", "spokesman/NN/NOUN/root/-1", "on/IN/ADP/case/8",
                       "Sunday/NNP/PROPN/obl/6", "./././punct/6", "GOP/NNP/PROPN/compound/11",
                       "leaders/NNS/NOUN/root/-1", "./././punct/11", "GOP/NNP/PROPN/compound/14",
                       "critics/NNS/NOUN/root/-1", "./././punct/14"});
  SetEntities(&d, {"PERSON", "ORG"});
  AddMention(&d, "Ruiz", 0, "PERSON");
  AddMention(&d, "Ruiz", 0, "PERSON", MentionKind::kName, 20);
  AddMention(&d, "GOP", 1, "ORG");
  AddMention(&d, "GOP", 1, "ORG", MentionKind::kName, 50);
  const std::string& t = d.text();
  auto span_of = [&](const std::string& s) { return SpanOf(t, s); };
  EXPECT_EQ(EntityForSpan(d, span_of("Some Ruiz defenders")), -1);
  EXPECT_EQ(EntityForSpan(d, span_of("a Ruiz spokesman on Sunday")), 0);
  EXPECT_EQ(EntityForSpan(d, span_of("GOP leaders")), 1);
  EXPECT_EQ(EntityForSpan(d, span_of("GOP critics")), -1);
}

TEST(ResolveTest, AnUnattributedQuoteRightAfterAnotherGoesOnWithItsSpeaker) {
  std::string t = "\"We lost,\" Ruiz said. \"We will be back.\"\n\n\"Nobody believes it.\"";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON"});
  AddMention(&d, "Ruiz", 0, "PERSON");
  std::vector<Quote> qs(3);
  for (Quote& q : qs) q.kind = "direct";
  qs[0].content = SpanOf(t, "We lost,");
  qs[0].source = SpanOf(t, "Ruiz");
  qs[1].content = SpanOf(t, "We will be back.");
  qs[2].content = SpanOf(t, "Nobody believes it.");  // a new paragraph: someone else
  d.quotes = qs;
  ResolveSpeakers(&d, std::vector<std::optional<Span>>(3));
  EXPECT_EQ(d.quotes[1].speaker, 0);
  EXPECT_EQ(d.quotes[2].speaker, -1);
}

TEST(ResolveTest, AQuoteAfterABylineIsItsWriters) {
  std::string t =
      "Ana Ruiz, Valdora Post\n\n\"Taxes will rise.\"\n\nEditorial Board, Nordvik Times\n\n"
      "\"Taxes will fall.\"\n\nPaul Lee and Ana Ruiz, Valdora Post\n\n\"Nobody knows.\"";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON", "ORG", "PERSON", "ORG"});
  AddMention(&d, "Ana Ruiz", 0, "PERSON");
  AddMention(&d, "Valdora Post", 1, "ORG");
  AddMention(&d, "Nordvik Times", 3, "ORG");
  AddMention(&d, "Paul Lee", 2, "PERSON");
  AddMention(&d, "Ana Ruiz", 0, "PERSON", MentionKind::kName, 60);
  std::vector<Quote> qs(3);
  for (Quote& q : qs) q.kind = "direct";
  qs[0].content = SpanOf(t, "Taxes will rise.");
  qs[1].content = SpanOf(t, "Taxes will fall.");
  qs[2].content = SpanOf(t, "Nobody knows.");
  d.quotes = qs;
  ResolveSpeakers(&d, std::vector<std::optional<Span>>(3));
  EXPECT_EQ(d.quotes[0].speaker, 0);   // the writer of the byline
  EXPECT_EQ(d.quotes[1].speaker, 3);   // an editorial: the paper
  EXPECT_EQ(d.quotes[2].speaker, -1);  // co-authors: no one
}

TEST(ResolveTest, PronounsAgreeInGenderAndPossessivesSpeakThroughVoices) {
  std::string t =
      "Paul Lee denied it. His deputy said the plan was dead. \"Time for a change,\" she "
      "wrote. Her spokesman said no.";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON", "PERSON"});
  d.entities[0].gender = 'm';
  d.entities[1].gender = 'f';
  AddMention(&d, "Paul Lee", 0, "PERSON");
  AddMention(&d, "His", 0, "PERSON", MentionKind::kPronoun);
  AddMention(&d, "Her", 1, "PERSON", MentionKind::kPronoun);
  EXPECT_EQ(EntityForSpan(d, SpanOf(t, "His deputy")), -1);    // the deputy speaks
  EXPECT_EQ(EntityForSpan(d, SpanOf(t, "Her spokesman")), 1);  // her voice
  std::vector<Quote> qs(2);
  qs[0].source = SpanOf(t, "Paul Lee");
  qs[0].content = SpanOf(t, "it");
  qs[1].source = SpanOf(t, "she");
  qs[1].content = SpanOf(t, "Time for a change,");
  qs[1].kind = "direct";
  d.quotes = qs;
  ResolveSpeakers(&d, std::vector<std::optional<Span>>(2));
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(d.quotes[1].speaker, -1);  // not the man quoted before
}

TEST(ResolveTest, IIsTheQuotationsSpeakerOrARecentSpeakerElseTheWriter) {
  // Paragraphs: 0 "Ana Ruiz: ... I think ...", 1 "As I wrote ...", 2 "Ruizcorp ... I".
  std::string t =
      "Ana Ruiz said the vote was close. I think it will pass.\n\n"
      "Paul Lee is wrong. As I wrote last week, the bill is dead.\n\n"
      "Ruizcorp said \"I will appeal.\"";
  Document d = WithMentions(t);
  SetEntities(&d, {"PERSON", "PERSON", "ORG"});
  AddMention(&d, "Ana Ruiz", 0, "PERSON");
  AddMention(&d, "Paul Lee", 1, "PERSON");
  AddMention(&d, "Ruizcorp", 2, "ORG");
  auto sentence = [&](const std::string& s, uint32_t paragraph) {
    Span sp = SpanOf(t, s);
    d.sentences.push_back(Sentence{sp, 0, 0, paragraph});
  };
  sentence("Ana Ruiz said the vote was close.", 0);
  sentence("I think it will pass.", 0);
  sentence("Paul Lee is wrong.", 1);
  sentence("As I wrote last week, the bill is dead.", 1);
  sentence("Ruizcorp said \"I will appeal.\"", 2);
  std::vector<Quote> qs(5);
  qs[0].source = SpanOf(t, "Ana Ruiz");
  qs[0].content = SpanOf(t, "the vote was close");
  qs[1].source = SpanOf(t, "I");  // a transcript's next turn: Ruiz again
  qs[1].content = SpanOf(t, "it will pass");
  qs[2].source = SpanOf(t, "I", t.find("As I"));  // the writer, a paragraph on
  qs[2].content = SpanOf(t, "last week");
  qs[3].source = SpanOf(t, "Ruizcorp");
  qs[3].content = SpanOf(t, "I will appeal.");
  qs[4].source = SpanOf(t, "I", t.find("I will"));  // inside Ruizcorp's quotation
  qs[4].content = SpanOf(t, "appeal");
  d.quotes = qs;
  ResolveSpeakers(&d, std::vector<std::optional<Span>>(5));
  EXPECT_EQ(d.quotes[1].speaker, 0);
  EXPECT_EQ(d.quotes[2].speaker, -1);
  EXPECT_EQ(d.quotes[4].speaker, 2);
}

TEST(ModelTest, RoundTripAndCorruption) {
  CueModel m;
  m.min_cue_score = 0.25f;
  m.cues["said"] = CueStat{0.9f, 1000};
  m.cues["touted"] = CueStat{0.5f, 12};
  std::string bytes = SerializeCueModel(m);
  auto back = ParseCueModel(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_FLOAT_EQ(back->min_cue_score, 0.25f);
  ASSERT_EQ(back->cues.size(), 2u);
  EXPECT_FLOAT_EQ(back->cues["touted"].p, 0.5f);
  std::string bad = bytes;
  bad[bad.size() / 2] ^= 0x40;
  EXPECT_FALSE(ParseCueModel(bad).ok());
  EXPECT_FALSE(ParseCueModel(bytes.substr(0, bytes.size() - 3)).ok());
}

TEST(QuoteModelTest, AnnotateKeepsTheSpanInvariant) {
  PipelineOptions o;
  o.model_dir = "/nonexistent";  // lexicon only
  auto model = QuoteModel::Load(o);
  ASSERT_TRUE(model.ok());
  std::string t =
      "\xC2\xAB Nous avons gagn\xC3\xA9 la bataille du budget \xC2\xBB, a dit le ministre. "
      "\xE2\x80\x9CIt\xE2\x80\x99s over for this year, at least,\xE2\x80\x9D the minister said.";
  Document d(t, ArticleMeta{});
  d.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(t.size())}, 0, 0, 0});
  ASSERT_TRUE((*model)->Annotate(&d).ok());
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_TRUE(CheckSpans(d).ok()) << CheckSpans(d).ToString();
  EXPECT_EQ(d.quotes.back().id, "q" + std::to_string(d.quotes.size()));
  EXPECT_EQ(d.quotes.back().cue_lemma, "say");
}

TEST(QuoteModelTest, PageFurnitureIsNobodysSpeech) {
  PipelineOptions o;
  o.model_dir = "/nonexistent";  // lexicon only
  auto model = QuoteModel::Load(o);
  ASSERT_TRUE(model.ok());
  const std::string furniture =
      "Hide Caption 3 of 9 Photos: Farmers say the harvest was the worst in years. ";
  const std::string story = "The mayor said the harvest was the worst in years.";
  const std::string t = furniture + story;
  Document d(t, ArticleMeta{});
  const uint32_t cut = static_cast<uint32_t>(furniture.size());
  d.sentences.push_back(Sentence{Span{0, cut - 1}, 0, 0, 0});
  d.sentences.push_back(Sentence{Span{cut, static_cast<uint32_t>(t.size())}, 0, 0, 0});
  ASSERT_TRUE((*model)->Annotate(&d).ok());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_GE(d.quotes[0].content.begin, cut);
  EXPECT_EQ(d.quotes[0].sentence, 1u);
  EXPECT_TRUE(CheckSpans(d).ok());
}

}  // namespace
}  // namespace newsgraph::quotes
