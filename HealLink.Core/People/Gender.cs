namespace HealLink.Core.People;

public enum Gender
{
    Woman,
    Man,
    NonBinary,
    PreferNotToSay,
}
