using System.Text;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>Standard output for an in-process bot: written by the bot's threads, read by the test at any moment.</summary>
internal sealed class CapturedOutput : TextWriter
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>
    /// Runs after every write with the text so far, on the writing thread: lets a test see the state of things at
    /// the very moment something is printed, rather than some time later.
    /// </summary>
    public Action<string>? Written { get; set; }

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }

        Notify();
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }

        Notify();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            _text.Append(buffer, index, count);
        }

        Notify();
    }

    private void Notify()
    {
        if (Written is { } written)
        {
            written(Text);
        }
    }
}
