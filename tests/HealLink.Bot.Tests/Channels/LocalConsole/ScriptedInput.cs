using System.Collections.Concurrent;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>Standard input for an in-process bot: each line arrives when the test types it; null ends input.</summary>
internal sealed class ScriptedInput : TextReader
{
    private readonly BlockingCollection<string?> _lines = [];

    public void Type(string? line) => _lines.Add(line);

    public override string? ReadLine() => _lines.Take();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
