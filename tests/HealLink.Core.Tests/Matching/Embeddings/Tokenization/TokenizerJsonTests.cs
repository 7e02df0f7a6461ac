using System.Text.Json;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

/// <summary>What all-MiniLM-L6-v2's tokenizer.json says, against vocab.txt and what the tokenizer implements.</summary>
public sealed class TokenizerJsonTests
{
    private static JsonElement Model => MiniLm.TokenizerJson.GetProperty("model");

    [Fact]
    public void Vocabulary_ComparedWithTokenizerJson_HasTheSameTokensAndIds()
    {
        var vocab = Model.GetProperty("vocab");

        Assert.Equal(vocab.EnumerateObject().Count(), MiniLm.Vocabulary.Count);
        Assert.All(vocab.EnumerateObject(), entry => Assert.Equal(entry.Name, MiniLm.Vocabulary.GetToken(entry.Value.GetInt32())));
    }

    [Fact]
    public void Vocabulary_SpecialTokens_HaveTheIdsTokenizerJsonGives()
    {
        var added = MiniLm.TokenizerJson.GetProperty("added_tokens").EnumerateArray()
            .ToDictionary(t => t.GetProperty("content").GetString()!, t => t.GetProperty("id").GetInt32());
        var sut = MiniLm.Vocabulary;

        Assert.Equal(added[WordPieceVocabulary.PadToken], sut.PadId);
        Assert.Equal(added[WordPieceVocabulary.UnknownToken], sut.UnknownId);
        Assert.Equal(added[WordPieceVocabulary.ClassifierToken], sut.ClassifierId);
        Assert.Equal(added[WordPieceVocabulary.SeparatorToken], sut.SeparatorId);
        Assert.Equal((0, 100, 101, 102), (sut.PadId, sut.UnknownId, sut.ClassifierId, sut.SeparatorId));
        Assert.Equal(sut.PadId, MiniLm.TokenizerJson.GetProperty("padding").GetProperty("pad_id").GetInt32());
    }

    [Fact]
    public void Model_Settings_AreTheOnesTheTokenizerImplements()
    {
        Assert.Equal("WordPiece", Model.GetProperty("type").GetString());
        Assert.Equal(WordPieceVocabulary.UnknownToken, Model.GetProperty("unk_token").GetString());
        Assert.Equal(WordPieceTokenizer.ContinuationPrefix, Model.GetProperty("continuing_subword_prefix").GetString());
        Assert.Equal(WordPieceTokenizer.DefaultMaxInputCharsPerWord, Model.GetProperty("max_input_chars_per_word").GetInt32());
    }

    [Fact]
    public void NormalizerAndPreTokenizer_Settings_AreBertsWithAccentsFollowingLowercase()
    {
        var normalizer = MiniLm.TokenizerJson.GetProperty("normalizer");

        Assert.Equal("BertNormalizer", normalizer.GetProperty("type").GetString());
        Assert.True(normalizer.GetProperty("clean_text").GetBoolean());
        Assert.True(normalizer.GetProperty("handle_chinese_chars").GetBoolean());
        Assert.Equal(JsonValueKind.Null, normalizer.GetProperty("strip_accents").ValueKind);
        Assert.True(normalizer.GetProperty("lowercase").GetBoolean());
        Assert.Equal("BertPreTokenizer", MiniLm.TokenizerJson.GetProperty("pre_tokenizer").GetProperty("type").GetString());
    }

    [Fact]
    public void PostProcessor_SingleText_IsClsTextSep()
    {
        var single = MiniLm.TokenizerJson.GetProperty("post_processor").GetProperty("single").EnumerateArray()
            .Select(part => part.TryGetProperty("SpecialToken", out var special)
                ? special.GetProperty("id").GetString()
                : part.GetProperty("Sequence").GetProperty("id").GetString());

        Assert.Equal([WordPieceVocabulary.ClassifierToken, "A", WordPieceVocabulary.SeparatorToken], single);
    }

    [Fact]
    public void Truncation_MaxLength_Is128()
    {
        Assert.Equal(128, MiniLm.MaxLength);
        Assert.Equal("Right", MiniLm.TokenizerJson.GetProperty("truncation").GetProperty("direction").GetString());
    }
}
