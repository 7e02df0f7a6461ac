namespace HealLink.Core.Connections;

public enum ConnectionState
{
    /// <summary>The mentee asked this mentor; waiting for the mentor's answer. Holds one of the mentor's places.</summary>
    Requested,

    /// <summary>Talking through the bot; counts against the mentor's capacity.</summary>
    Active,

    /// <summary>The mentor said no; never offered to this mentee again.</summary>
    Declined,

    /// <summary>The mentee took the request back before an answer; the mentor may be offered again.</summary>
    Withdrawn,

    /// <summary>The mentor did not answer in time; not offered to this mentee again.</summary>
    Expired,

    /// <summary>Either of them ended it (or blocked the other); not offered again.</summary>
    Ended,
}
