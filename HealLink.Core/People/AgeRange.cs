namespace HealLink.Core.People;

public enum AgeRange
{
    From18To29,
    From30To44,
    From45To59,
    From60To74,
    From75,
}
