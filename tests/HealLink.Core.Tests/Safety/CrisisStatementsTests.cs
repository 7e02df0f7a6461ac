using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class CrisisStatementsTests
{
    [Fact]
    public void Statements_NoneIsAHeldOutSentence()
    {
        // Folded as the lists fold text, so one differing only in case, accents or punctuation counts too: a held-out
        // sentence among the statements would score itself and flatter the measurement. Dev sentences may be among
        // them ("I want to die" is both): the statements, like the thresholds, are written from the dev part.
        var heldOut = CrisisSentence.ReadAll().Where(sentence => sentence.Split == CrisisSentence.Test)
            .Select(sentence => Folded(sentence.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(CrisisStatements.Crisis.Concat(CrisisStatements.Benign), statement => heldOut.Contains(Folded(statement.Text)));
    }

    [Fact]
    public void Statements_EachIsWrittenOnce()
    {
        var all = CrisisStatements.Crisis.Concat(CrisisStatements.Benign).Select(statement => Folded(statement.Text)).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    private static string Folded(string text) => string.Join(' ', CrisisText.Words(text));
}
