namespace HealLink.Bot.Models;

public enum ModelFileOutcome
{
    /// <summary>The file was there with the right sha256; nothing was requested.</summary>
    AlreadyInPlace,

    /// <summary>Downloaded (or finished from an earlier partial download), verified and moved into place.</summary>
    Downloaded,
}
