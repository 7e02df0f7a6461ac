namespace HealLink.Bot.Tests.Models;

/// <summary>How <see cref="ModelFileServer"/> misbehaves; one at a time, until the test switches it.</summary>
public enum ServerFault
{
    None,

    /// <summary>The right size, one byte changed.</summary>
    Corrupt,

    /// <summary>Sends half the file, then closes the connection.</summary>
    DropHalfway,

    /// <summary>Sends half the file, then nothing more while the connection stays open.</summary>
    StallHalfway,

    /// <summary>Answers 200 with the whole file whatever Range asks for.</summary>
    IgnoreRange,

    NotFound,

    ServerError,

    /// <summary>Answers 302 to the same file under <see cref="ModelFileServer.MovedPrefix"/>, as Hugging Face does to its CDN.</summary>
    Redirect,
}
