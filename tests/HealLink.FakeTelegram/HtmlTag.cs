namespace HealLink.FakeTelegram;

/// <summary>A start tag whose end tag has not come yet.</summary>
internal sealed class HtmlTag(string name, int offset)
{
    public string Name => name;

    /// <summary>Where the tag's text starts, in UTF-16 code units of the parsed text.</summary>
    public int Offset => offset;

    /// <summary>a: the href; code: the language; span: the class; pre: the language of its code.</summary>
    public string? Argument { get; private set; }

    public bool Expandable { get; private set; }

    public void SetAttribute(string attribute, string value)
    {
        switch (name, attribute)
        {
            case ("a", "href"):
            case ("span", "class"):
                Argument = value;
                break;
            case ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal):
                Argument = value["language-".Length..];
                break;
        }
    }

    public int MarkExpandable(int next)
    {
        Expandable = true;
        return next;
    }

    /// <summary>Takes the language of a code tag inside this pre; the code makes no entity of its own.</summary>
    public TextEntity? SetLanguage(string language)
    {
        Argument = language;
        return null;
    }
}
