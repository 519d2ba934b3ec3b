"""Parts shared by the features: badges, avatars, number formats, dialog lifetime, workers."""
