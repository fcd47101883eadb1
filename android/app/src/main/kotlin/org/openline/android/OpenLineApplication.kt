package org.openline.android

import android.app.Application

/** Holds the core for the life of the process, shared by every activity recreation. */
class OpenLineApplication : Application() {
    val core: CoreRepository by lazy { CoreRepository(this) }
}
